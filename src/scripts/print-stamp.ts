/**
 * The print date on a printed revision page: the page itself carries its permanent URL and
 * its revision (print-only, in the HTML); the day it is printed is known only when it is.
 */
const stamp = document.getElementById('print-stamp');
if (stamp) {
  addEventListener('beforeprint', () => {
    // 2026年12月1日: the day in Japan, where the policies apply.
    stamp.textContent = `／印刷日: ${new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(new Date())}`;
  });
}
