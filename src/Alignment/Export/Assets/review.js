document.querySelectorAll('.filters button').forEach(function (button) {
  button.addEventListener('click', function () {
    document.body.classList.remove('only-findings', 'only-unmatched', 'only-low');
    if (button.dataset.filter) { document.body.classList.add(button.dataset.filter); }
    document.querySelectorAll('.filters button').forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
  });
});
