// Layout check injected into a copy of a page: on load it measures what Chromium laid out and writes its findings
// as JSON into <pre id="layout-findings">, read back with --dump-dom. Findings:
//   page-overflow  the document is wider than the window (names the elements that stick out, outside any scroll box)
//   text-overflow  text sticks out of its box (a block that does not clip or scroll), or an SVG label out of its chart
//   overlap        two pieces of text (labels, headings, table cells' text) overlap on screen
window.addEventListener('load', () => {
  const tolerance = 1.5;
  const findings = [];
  const vw = window.innerWidth;
  const describe = el => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    const cls = el.getAttribute && el.getAttribute('class');
    if (cls) s += '.' + cls.trim().split(/\s+/).join('.');
    const text = (el.textContent || '').replace(/\s+/g, ' ').trim();
    return text ? s + ' "' + text.slice(0, 40) + '"' : s;
  };
  const clips = el => { const st = getComputedStyle(el); return st.overflowX !== 'visible' || st.overflowY !== 'visible'; };
  const intersect = (a, b) => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
  const visibleRect = (node, r) => {
    let rect = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    for (let a = node.parentElement; a && a !== document.documentElement && a !== document.body; a = a.parentElement) {
      if (clips(a) || a.tagName.toLowerCase() === 'svg') rect = intersect(rect, a.getBoundingClientRect());
    }
    return rect;
  };
  const insideScrollBox = el => { for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) { if (clips(a)) return true; } return false; };

  // 1. Horizontal page overflow.
  const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  if (scrollWidth > vw) {
    const culprits = [...document.body.querySelectorAll('*')]
      .filter(el => el.getBoundingClientRect().right > vw + tolerance && !insideScrollBox(el))
      .filter((el, _, all) => !all.includes(el.parentElement));
    findings.push({ kind: 'page-overflow', element: culprits.slice(0, 5).map(describe).join('; ') || 'body', detail: 'document ' + scrollWidth + 'px wide in a ' + vw + 'px window' });
  }

  // 2. Text outside its box, collecting every line of text for the overlap check.
  const lines = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let id = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || !parent || ['script', 'style', 'title', 'pre'].includes(parent.tagName.toLowerCase())) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0);
    if (rects.length === 0) continue;
    id++;
    const svg = parent.closest('svg');
    let box = svg;
    if (!svg) { box = parent; while (box !== document.body && getComputedStyle(box).display.startsWith('inline')) box = box.parentElement; }
    const b = box.getBoundingClientRect();
    if (svg || !clips(box)) {
      const out = rects.find(r => r.left < b.left - tolerance || r.right > b.right + tolerance || (svg && (r.top < b.top - tolerance || r.bottom > b.bottom + tolerance)));
      if (out) findings.push({ kind: 'text-overflow', element: describe(parent), detail: 'text ' + Math.round(out.left) + '..' + Math.round(out.right) + ' outside its box ' + describe(box) + ' ' + Math.round(b.left) + '..' + Math.round(b.right) });
    }
    for (const r of rects) {
      const v = visibleRect(node, r);
      if (v.right - v.left > 0 && v.bottom - v.top > 0) lines.push({ id, el: parent, r: v });
    }
  }

  // 3. Overlapping text: sweep by top edge.
  lines.sort((a, b) => a.r.top - b.r.top);
  const reported = new Set();
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length && lines[j].r.top < lines[i].r.bottom - tolerance; j++) {
      const a = lines[i], c = lines[j];
      if (a.id === c.id) continue;
      const w = Math.min(a.r.right, c.r.right) - Math.max(a.r.left, c.r.left);
      const h = Math.min(a.r.bottom, c.r.bottom) - Math.max(a.r.top, c.r.top);
      if (w > tolerance && h > tolerance) {
        const key = a.id + ':' + c.id;
        if (!reported.has(key)) { reported.add(key); findings.push({ kind: 'overlap', element: describe(a.el) + ' and ' + describe(c.el), detail: Math.round(w) + 'x' + Math.round(h) + 'px' }); }
      }
    }
  }

  const out = document.createElement('pre');
  out.id = 'layout-findings';
  out.textContent = JSON.stringify({ width: vw, scrollWidth, scrollHeight: document.documentElement.scrollHeight, texts: id, findings: findings.slice(0, 50), total: findings.length });
  document.body.appendChild(out);
  if (window.parent !== window) window.parent.postMessage(out.textContent, '*');
});
