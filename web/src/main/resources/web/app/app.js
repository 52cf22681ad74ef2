// htmx enhances the server-rendered pages (every page also works without JavaScript)
import htmx from 'htmx.org';
window.htmx = htmx;
// a form that changes the page in place asks the server for a fragment; focus follows the new content
document.addEventListener('htmx:afterSwap', (e) => {
  const target = e.detail.target;
  const heading = target.querySelector('[data-focus]') || target.querySelector('h1, h2');
  if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus({ preventScroll: false }); }
});
// a print button without inline script (the pages' CSP allows no inline handlers)
document.addEventListener('click', (e) => {
  if (e.target.closest('[data-print]')) { window.print(); }
});
