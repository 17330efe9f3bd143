// /corrections/: progressive enhancement only. The form works without this file (a plain multipart post
// that the API answers with a page; behind the proxies, the API also fills in the record from the "申请更正" link).
// Here we
//  - fill in the record from the link (?decision=... or ?certificate=...) where the static page was served as it
//    is (no proxy rule: a plain file server);
//  - where fetch is available, submit in place and show each error next to its field.
(function () {
  'use strict';

  var form = document.getElementById('correction-form');
  if (!form) return;

  var MAX_FILES = 3;
  var MAX_BYTES = 5 * 1024 * 1024;
  // As the API's summary names the fields (ui/Corrections/CorrectionRequestForm.razor, Labels).
  var LABELS = {
    decision: '文书号', certificate: '执法证号', description: '哪里有误', correction: '应更正为',
    evidence: '证明材料说明', attachments: '附件', name: '姓名', email: '电子邮箱', phone: '联系电话', consent: '同意联系'
  };

  var params = new URLSearchParams(window.location.search);
  var filled = false;
  ['decision', 'certificate'].forEach(function (name) {
    var value = params.get(name);
    var input = form.elements.namedItem(name);
    if (value && input && !input.value) {
      input.value = value.trim();
      filled = true;
    }
  });
  // Said only where it happened: the page itself cannot fill the number in.
  var hint = document.getElementById('record-hint');
  if (filled && hint) hint.textContent += '已按您点击“申请更正”的公示页面填好，请核对。';

  if (!window.fetch || !window.FormData) return;

  // The API renders the form with this summary when it refused a post made without this script.
  var summary = document.getElementById('correction-errors');
  if (!summary) {
    summary = document.createElement('div');
    summary.id = 'correction-errors';
    summary.className = 'error-summary';
    summary.setAttribute('role', 'alert');
    summary.tabIndex = -1;
    summary.hidden = true;
    form.insertBefore(summary, form.firstChild);
  }

  function field(name) {
    var element = form.elements.namedItem(name);
    return element && element.nodeType === 1 ? element : null;
  }

  function clearErrors() {
    summary.hidden = true;
    summary.textContent = '';
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (p) { p.remove(); });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (input) {
      input.removeAttribute('aria-invalid');
      var described = (input.getAttribute('aria-describedby') || '').split(' ')
        .filter(function (id) { return id && id.indexOf('-error') < 0; }).join(' ');
      if (described) input.setAttribute('aria-describedby', described); else input.removeAttribute('aria-describedby');
    });
  }

  function showSummary(items, why) {
    var intro = document.createElement('p');
    intro.textContent = why || '申请尚未提交，请修改以下内容：';
    var list = document.createElement('ul');
    items.forEach(function (item) {
      var li = document.createElement('li');
      if (item.field && field(item.field)) {
        var link = document.createElement('a');
        link.href = '#' + field(item.field).id;
        var label = LABELS[item.field] || item.field;
        // 电子邮箱格式不正确 names its field already: not 电子邮箱：电子邮箱格式不正确.
        link.textContent = item.message.indexOf(label) === 0 ? item.message : label + '：' + item.message;
        li.appendChild(link);
      } else {
        li.textContent = item.message;
      }
      list.appendChild(li);
    });
    summary.appendChild(intro);
    summary.appendChild(list);
    summary.hidden = false;
    summary.focus();
  }

  function showErrors(errors) {
    var items = [];
    Object.keys(errors).forEach(function (name) {
      errors[name].forEach(function (message) { items.push({ field: name, message: message }); });
      var input = field(name);
      if (!input) return;
      var note = document.createElement('p');
      note.className = 'field-error';
      note.id = input.id + '-error';
      note.textContent = errors[name].join(' ');
      var holder = input.closest('p') || input;
      holder.parentNode.insertBefore(note, holder.nextSibling);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + note.id).trim());
    });
    showSummary(items);
  }

  function checkFiles() {
    var input = field('attachments');
    var files = input && input.files ? Array.prototype.slice.call(input.files) : [];
    var problems = [];
    if (files.length > MAX_FILES) problems.push('最多上传 ' + MAX_FILES + ' 个附件（现有 ' + files.length + ' 个）。');
    files.forEach(function (file) {
      if (file.size > MAX_BYTES) problems.push('附件「' + file.name + '」超过 5 MB，请压缩后重新上传。');
    });
    return problems.length ? { attachments: problems } : null;
  }

  function showDone(result, email) {
    var done = document.createElement('section');
    done.id = 'correction-done';
    done.setAttribute('role', 'status');
    var heading = document.createElement('h2');
    heading.tabIndex = -1;
    // The number on one line, as on the API's pages (GZ-2026- / 000001 at 390 px otherwise).
    var ticket = document.createElement('span');
    ticket.className = 'unbroken';
    ticket.textContent = result.ticket;
    heading.appendChild(document.createTextNode('申请已提交，申请编号：'));
    heading.appendChild(ticket);
    var steps = document.createElement('ol');
    // The address as the server read it (full-width ＠ and 。 folded, ContactRules.NormalizeEmail): a mistyped one is
    // noticed here or never (the confirmation goes nowhere).
    var mailed = document.createElement('li');
    var address = document.createElement('strong');
    address.className = 'mailed-to';
    address.textContent = email;
    mailed.appendChild(document.createTextNode('我们已向 '));
    mailed.appendChild(address);
    mailed.appendChild(document.createTextNode(' 发送了一封确认邮件。'));
    steps.appendChild(mailed);
    ['打开邮件中的链接，在页面上点击“确认提交申请”。确认后，申请才会送交执法主体办理。',
     '7 天内未确认的申请将自动失效。'].forEach(function (text) {
      var li = document.createElement('li');
      li.textContent = text;
      steps.appendChild(li);
    });
    var wrong = document.createElement('p');
    wrong.textContent = '邮箱地址写错了？邮件将无法送达，请用正确的邮箱重新提交申请，这份未确认的申请会自动失效。没有收到邮件？请先查看垃圾邮件箱。';
    var follow = document.createElement('p');
    var link = document.createElement('a');
    link.href = '/corrections/status/?ticket=' + encodeURIComponent(result.ticket) + '&token=' + encodeURIComponent(result.token);
    link.rel = 'nofollow';
    link.textContent = '进度查询链接';
    follow.appendChild(document.createTextNode('您可以保存这个'));
    follow.appendChild(link);
    follow.appendChild(document.createTextNode('，随时查看办理进度（确认申请仍须使用邮件中的链接）。'));
    done.appendChild(heading);
    done.appendChild(steps);
    done.appendChild(wrong);
    done.appendChild(follow);
    form.parentNode.replaceChild(done, form);
    heading.focus();
  }

  // The server checks every field and its answer is shown in Chinese, in the summary and beside each field; the
  // browser's own bubbles name one field at a time, in the browser's language, and vanish.
  form.noValidate = true;

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearErrors();
    var fileErrors = checkFiles();
    if (fileErrors) { showErrors(fileErrors); return; }

    var button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    fetch(form.action, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().catch(function () { return {}; })
          .then(function (body) { return { status: response.status, body: body }; });
      })
      .then(function (result) {
        if (result.status === 201 && result.body.ticket) showDone(result.body, form.elements.email.value.normalize('NFKC').replace(/[。｡]/g, '.').trim());
        else if (result.status === 400 && result.body.errors) showErrors(result.body.errors);
        // Nothing to correct in the form (too many submissions, the service down): say so, not 请修改.
        else showSummary([{ message: result.body.detail || result.body.title || '提交未能完成，请稍后再试。' }], '申请尚未提交：');
      })
      .catch(function () {
        // fetch itself failed (e.g. the API is on another origin without CORS): post the plain form instead,
        // which the API answers with a page.
        form.submit();
      })
      .then(function () { if (button) button.disabled = false; });
  });
})();
