// A console page that answers a form post (a step to confirm, a refused form) is a POST in the browser's history:
// Back to it, or Reload, asked to send the form again (确认重新提交表单), and the address bar showed an address no page
// has (/move). The page names the address it stands for on this script's tag; the history entry becomes that address,
// so Back and Reload open the page itself, as it is now. Without JavaScript the page works as before.
(function () {
  'use strict';
  var script = document.currentScript;
  var address = script && script.getAttribute('data-address');
  if (address && window.history && history.replaceState) history.replaceState(history.state, '', address);
})();
