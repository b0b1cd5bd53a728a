// bitext review: makes the review page interactive. Every change is one POST to the server's /api, stored at once;
// the page then reloads from the server, so what you see is what is stored. Keys: j/k next/previous bead,
// m merge with the next bead, s split (before the sentences you clicked, or after the first of each side),
// [ / ] move the first source sentence to the previous bead / the last to the next, { / } the same for the target,
// c checked, f false alarm / y confirmed for the selected bead's first finding, ? this help.
(function () {
  'use strict';
  var state = window.bitextReview;
  var who = localStorage.getItem('bitext-reviewer') || state.reviewer;
  var style = document.createElement('style');
  style.textContent = '.tools{display:block;margin-top:.3em}.tools button{font-size:.75em;margin:1px;padding:0 .3em}' +
    'tr.selected{outline:2px solid #36c}tr.checked td.meta{background:#dfd}span.s.split-here{border-left:3px solid #c33;padding-left:2px}' +
    '#review-status{position:sticky;top:0;background:#ffd;padding:.2em .5em;min-height:1.2em}.decision{font-size:.8em;margin-left:.5em}' +
    'li.finding.false-alarm{opacity:.6;text-decoration:line-through}li.finding.confirmed .sev{outline:2px solid #c33}.finding input{font-size:.8em;width:14em}';
  document.head.appendChild(style);
  var status = document.createElement('div');
  status.id = 'review-status';
  status.setAttribute('role', 'status');
  status.textContent = 'revision ' + state.revision + ' \u00b7 reviewer ';
  var whoInput = document.createElement('input');
  whoInput.id = 'reviewer';
  whoInput.value = who;
  whoInput.size = 12;
  whoInput.addEventListener('change', function () { who = whoInput.value; localStorage.setItem('bitext-reviewer', who); });
  status.appendChild(whoInput);
  var message = document.createElement('span');
  message.id = 'review-message';
  message.textContent = ' \u00b7 keys: j/k move, m merge, s split, [ ] { } move a sentence, c checked, f false alarm, y confirmed';
  status.appendChild(message);
  document.body.insertBefore(status, document.body.firstChild);

  function say(text) { message.textContent = ' \u00b7 ' + text; }

  function post(url, body) {
    if (body.revision === undefined) { body.revision = state.revision; }
    body.who = who;
    say('saving\u2026');
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) {
            say((response.status === 409 ? 'not saved: ' : 'refused: ') + json.error);
            document.body.dataset.lastError = String(response.status);
            throw new Error(json.error);
          }
          return json;
        });
      });
  }

  function reload(bead) {
    if (bead !== undefined && bead !== null) { history.replaceState(null, '', '#bead-' + bead); }
    location.reload();
  }

  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[id^="bead-"]'));
  function beadOf(row) { return parseInt(row.id.substring(5), 10); }
  var selected = null;
  function select(row) {
    if (selected) { selected.classList.remove('selected'); }
    selected = row;
    if (row) { row.classList.add('selected'); row.scrollIntoView({ block: 'nearest' }); }
  }

  // Split points: clicking a sentence marks "split before it" on its side.
  function sentences(row, side) { return Array.prototype.slice.call(row.cells[side === 'source' ? 1 : 2].querySelectorAll('span.s')); }
  function splitCount(row, side) {
    var spans = sentences(row, side);
    for (var i = 0; i < spans.length; i++) { if (spans[i].classList.contains('split-here')) { return i; } }
    return Math.min(1, spans.length);
  }

  function act(row, action, extra) {
    var body = extra || {};
    var n = beadOf(row);
    return post('/api/beads/' + n + '/' + action, body).then(function () { reload(n); }, function () {});
  }

  var actions = {
    'merge-next': function (row) { return act(row, 'merge-next'); },
    'split': function (row) { return act(row, 'split', { source: splitCount(row, 'source'), target: splitCount(row, 'target') }); },
    'checked': function (row) { return act(row, 'checked', { checked: !row.classList.contains('checked') }); },
    'source-previous': function (row) { return act(row, 'move', { side: 'source', to: 'previous' }); },
    'source-next': function (row) { return act(row, 'move', { side: 'source', to: 'next' }); },
    'target-previous': function (row) { return act(row, 'move', { side: 'target', to: 'previous' }); },
    'target-next': function (row) { return act(row, 'move', { side: 'target', to: 'next' }); }
  };
  var labels = [['merge-next', 'merge \u2193', 'm'], ['split', 'split', 's'], ['checked', 'checked', 'c'],
    ['source-previous', 'src \u2191', '['], ['source-next', 'src \u2193', ']'], ['target-previous', 'tgt \u2191', '{'], ['target-next', 'tgt \u2193', '}']];

  state.checked.forEach(function (n) { var row = document.getElementById('bead-' + n); if (row) { row.classList.add('checked'); } });
  rows.forEach(function (row) {
    var tools = document.createElement('span');
    tools.className = 'tools';
    labels.forEach(function (l) {
      var button = document.createElement('button');
      button.type = 'button';
      button.dataset.action = l[0];
      button.textContent = l[1];
      button.title = l[1] + ' (key ' + l[2] + ')';
      button.addEventListener('click', function (e) { e.preventDefault(); select(row); actions[l[0]](row); });
      tools.appendChild(button);
    });
    row.cells[0].appendChild(tools);
    [1, 2].forEach(function (c) {
      if (!row.cells[c]) { return; }
      row.cells[c].querySelectorAll('span.s').forEach(function (span) {
        span.addEventListener('click', function () {
          select(row);
          var had = span.classList.contains('split-here');
          row.cells[c].querySelectorAll('span.s').forEach(function (s) { s.classList.remove('split-here'); });
          if (!had) { span.classList.add('split-here'); }
        });
      });
    });
    row.addEventListener('click', function () { select(row); });
  });

  // Findings: the list at the top is in the order of /api/findings.
  var items = Array.prototype.slice.call(document.querySelectorAll('#findings li.finding'));
  function decide(index, decision) {
    var f = state.findings[index];
    var note = document.getElementById('note-' + f.id);
    return post('/api/findings/' + encodeURIComponent(f.id) + '/decision',
      { decision: decision, note: note ? note.value : '', revision: f.decisionRevision || 0 })
      .then(function () { reload(selected ? beadOf(selected) : f.bead); }, function () {});
  }
  items.forEach(function (item, i) {
    var f = state.findings[i];
    if (!f) { return; }
    item.dataset.findingId = f.id;
    if (f.decision) {
      item.classList.add(f.decision);
      var shown = document.createElement('span');
      shown.className = 'decision';
      shown.textContent = f.decision + ' by ' + f.who + (f.note ? ': ' + f.note : '');
      item.appendChild(shown);
    }
    var note = document.createElement('input');
    note.id = 'note-' + f.id;
    note.placeholder = 'note';
    note.value = f.note || '';
    item.appendChild(document.createTextNode(' '));
    item.appendChild(note);
    [['confirmed', 'confirm'], ['false-alarm', 'false alarm']].forEach(function (d) {
      var button = document.createElement('button');
      button.type = 'button';
      button.dataset.decision = d[0];
      button.textContent = d[1];
      button.addEventListener('click', function () { decide(i, d[0]); });
      item.appendChild(button);
    });
  });

  function firstFinding(row) {
    var n = beadOf(row);
    for (var i = 0; i < state.findings.length; i++) { if (state.findings[i].bead === n) { return i; } }
    return -1;
  }

  document.addEventListener('keydown', function (e) {
    if (e.target && (e.target.tagName === 'INPUT' || e.target.tagName === 'TEXTAREA') || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var index = selected ? rows.indexOf(selected) : -1;
    var key = e.key;
    if (key === 'j' || key === 'k') {
      select(rows[Math.max(0, Math.min(rows.length - 1, index + (key === 'j' ? 1 : -1)))]);
      e.preventDefault();
      return;
    }
    if (!selected) { return; }
    var map = { m: 'merge-next', s: 'split', c: 'checked', '[': 'source-previous', ']': 'source-next', '{': 'target-previous', '}': 'target-next' };
    if (map[key]) { e.preventDefault(); actions[map[key]](selected); return; }
    if (key === 'f' || key === 'y') {
      var i = firstFinding(selected);
      if (i >= 0) { e.preventDefault(); decide(i, key === 'f' ? 'false-alarm' : 'confirmed'); } else { say('bead ' + beadOf(selected) + ' has no finding'); }
    }
  });

  var target = /^#bead-(\d+)$/.exec(location.hash);
  if (target) { select(document.getElementById('bead-' + target[1])); }
  document.body.dataset.reviewReady = 'true';
}());
