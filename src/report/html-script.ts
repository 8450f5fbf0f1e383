/**
 * The report's only script, inlined and allowed by its hash in the page's
 * Content-Security-Policy. It reads nothing but the short DOM ids the renderer
 * wrote (f0, c3, k2) and sets text only through textContent, so no report
 * string is ever parsed as markup or code.
 *
 * Click (or Enter/Space on) a finding card: its evidence spans in the article
 * panes are marked active and each pane scrolls to its first one. Click a
 * claim or a corroborated cluster: the cluster's claims are marked in every
 * pane and the finding cards that cite the claim are outlined.
 */
import { createHash } from 'node:crypto';

export const REPORT_SCRIPT = `(function () {
  'use strict';
  var doc = document;
  var status = doc.getElementById('status');
  function all(selector) { return Array.prototype.slice.call(doc.querySelectorAll(selector)); }
  function clear() {
    all('.active, .in-cluster, .linked').forEach(function (el) { el.classList.remove('active', 'in-cluster', 'linked'); });
    all('.finding[aria-pressed="true"]').forEach(function (el) { el.setAttribute('aria-pressed', 'false'); });
  }
  function say(text) { if (status) status.textContent = text; }
  /* Scrolls one pane (and, when the panes themselves scroll, their box) so the element sits mid-pane. */
  function reveal(el, moveBox) {
    var body = el.closest('.pane-body');
    if (!body) return;
    var box = body.closest('.panes');
    if (moveBox && box && box.scrollHeight > box.clientHeight + 1) {
      var b = box.getBoundingClientRect(), p = body.closest('.pane').getBoundingClientRect();
      if (p.top < b.top || p.bottom > b.bottom) box.scrollTop += p.top - b.top;
    }
    var pr = body.getBoundingClientRect(), r = el.getBoundingClientRect();
    body.scrollTop += r.top - pr.top - Math.max(0, (body.clientHeight - r.height) / 2);
  }
  /* The first element per pane, panes in page order, skipping the pane the reader clicked in. */
  function revealFirstPerPane(els, except) {
    var seen = [];
    els.forEach(function (el) {
      var body = el.closest('.pane-body');
      if (!body || seen.indexOf(body) >= 0) return;
      seen.push(body);
      if (body !== except) reveal(el, seen.length === 1);
    });
  }
  function selectFinding(card, quote) {
    clear();
    var id = card.getAttribute('data-finding');
    card.classList.add('active');
    card.setAttribute('aria-pressed', 'true');
    var marks = all('mark.ev[data-ev~="' + id + '"]');
    marks.forEach(function (m) { m.classList.add('active'); });
    var first = [];
    if (quote) {
      (quote.getAttribute('data-evi') || '').split(' ').forEach(function (t) {
        if (t) first = first.concat(all('mark.ev[data-evi~="' + t + '"]'));
      });
    }
    revealFirstPerPane(first.concat(marks), null);
    var summary = card.querySelector('.finding-summary');
    say((summary ? summary.textContent : '') + ' \\u2014 ' + marks.length + ' marked passage' + (marks.length === 1 ? '' : 's') + ' in the articles');
  }
  function showCluster(claims, clicked) {
    claims.forEach(function (c) { c.classList.add('in-cluster'); });
    var findings = [];
    claims.forEach(function (c) {
      (c.getAttribute('data-findings') || '').split(' ').forEach(function (f) { if (f && findings.indexOf(f) < 0) findings.push(f); });
    });
    var cards = findings.map(function (f) { return doc.getElementById(f); }).filter(Boolean);
    cards.forEach(function (c) { c.classList.add('linked'); });
    if (cards.length) cards[0].scrollIntoView({ block: 'nearest' });
    revealFirstPerPane(claims, clicked ? clicked.closest('.pane-body') : null);
  }
  function selectClaim(claim) {
    clear();
    var cluster = claim.getAttribute('data-cluster');
    var own = all('.claim[data-claim="' + claim.getAttribute('data-claim') + '"]');
    var claims = cluster ? all('.claim[data-cluster="' + cluster + '"]') : own;
    own.forEach(function (c) { c.classList.add('active'); });
    showCluster(claims, claim);
    say(claim.getAttribute('title') || '');
  }
  function selectCluster(item) {
    clear();
    item.classList.add('active');
    showCluster(all('.claim[data-cluster="' + item.getAttribute('data-cluster') + '"]'), null);
    var count = item.querySelector('.count');
    say(count ? 'Corroborated: ' + count.textContent : '');
  }
  function activate(target) {
    var card = target.closest('.finding');
    if (card) return selectFinding(card, target.closest('.quote')), true;
    var claim = target.closest('.claim');
    if (claim) return selectClaim(claim), true;
    var item = target.closest('.cluster-item');
    if (item) return selectCluster(item), true;
    return false;
  }
  doc.addEventListener('click', function (ev) {
    if (ev.target instanceof Element && !ev.target.closest('a')) activate(ev.target);
  });
  doc.addEventListener('keydown', function (ev) {
    if ((ev.key === 'Enter' || ev.key === ' ') && ev.target instanceof Element && ev.target.getAttribute('role') === 'button') {
      if (activate(ev.target)) ev.preventDefault();
    }
  });
})();`;

/** The CSP source for an inline block: 'sha256-<base64 of its UTF-8 bytes>'. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}
