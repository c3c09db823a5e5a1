// "Dokument senden" with JavaScript: photos shrunk to the filed page's size (A4 at 200 dpi, EXIF orientation applied, JPEG), sent with a progress bar.
// Without this script the form posts unchanged; the server prepares every file the same way either way.
(function () {
  'use strict';

  // domain/grenzen.ts `seitenbild`: what the filed PDF keeps of a photo (a landscape photo gets the landscape box).
  var KURZ = 1654;
  var LANG = 2339;
  var QUALITAET = 0.82;
  var VERKLEINERBAR = /^image\/(jpeg|png|webp)$/;

  function alsJpeg(canvas) {
    return new Promise(function (resolve) {
      canvas.toBlob(resolve, 'image/jpeg', QUALITAET);
    });
  }

  /** The photo at most A4 at 200 dpi, upright as its EXIF says; the original when that is not smaller or fails. */
  function verkleinern(datei) {
    if (!(datei instanceof File) || !VERKLEINERBAR.test(datei.type) || !window.createImageBitmap) {
      return Promise.resolve(datei);
    }
    return createImageBitmap(datei, { imageOrientation: 'from-image' })
      .then(function (bild) {
        var quer = bild.width > bild.height;
        var faktor = Math.min(1, (quer ? LANG : KURZ) / bild.width, (quer ? KURZ : LANG) / bild.height);
        var canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.round(bild.width * faktor));
        canvas.height = Math.max(1, Math.round(bild.height * faktor));
        var g = canvas.getContext('2d');
        g.fillStyle = '#ffffff';
        g.fillRect(0, 0, canvas.width, canvas.height);
        g.imageSmoothingQuality = 'high';
        g.drawImage(bild, 0, 0, canvas.width, canvas.height);
        bild.close();
        return alsJpeg(canvas);
      })
      .then(function (blob) {
        if (!blob || blob.size >= datei.size) return datei;
        return new File([blob], datei.name.replace(/\.[^.]*$/, '') + '.jpg', { type: 'image/jpeg' });
      })
      .catch(function () {
        return datei;
      });
  }

  /** Shows the page the server answered (receipt or error summary) in place of the current content. */
  function zeigen(html, url) {
    var neu = new DOMParser().parseFromString(html, 'text/html');
    var main = neu.querySelector('main');
    if (!main) {
      window.location.assign(url || window.location.href);
      return;
    }
    document.title = neu.title;
    document.querySelector('main').replaceWith(document.adoptNode(main));
    if (url && url !== window.location.href) history.replaceState(null, '', url);
    var select = main.querySelector('select[name=dokumentart]');
    main.querySelectorAll('[data-zeige-bei]').forEach(function (hinweis) {
      hinweis.hidden = !select || hinweis.getAttribute('data-zeige-bei') !== select.value;
    });
    if (window.htmx && window.htmx.process) window.htmx.process(main);
    var ziel = main.querySelector('.fehler-zusammenfassung') || main.querySelector('.kern-alert') || main;
    if (!ziel.hasAttribute('tabindex')) ziel.setAttribute('tabindex', '-1');
    ziel.focus();
  }

  function senden(form, daten, anzeige) {
    var balken = anzeige.querySelector('progress');
    var text = anzeige.querySelector('.hochladen-text');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (event) {
      if (!event.lengthComputable) return;
      balken.max = event.total;
      balken.value = event.loaded;
      text.textContent = Math.round((100 * event.loaded) / event.total) + ' %';
    });
    xhr.addEventListener('load', function () {
      zeigen(xhr.responseText, xhr.responseURL);
    });
    xhr.addEventListener('error', function () {
      text.textContent = anzeige.getAttribute('data-fehler');
      text.setAttribute('role', 'alert');
      delete form.dataset.laeuft;
      form.querySelector('button[type=submit]').disabled = false;
    });
    xhr.send(daten);
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[data-verkleinern]')) return;
    var anzeige = form.querySelector('.hochladen-fortschritt');
    if (!anzeige || !window.FormData || !window.XMLHttpRequest || !window.DOMParser) return;
    event.preventDefault();
    if (form.dataset.laeuft) return;
    form.dataset.laeuft = '1';
    form.querySelector('button[type=submit]').disabled = true;
    anzeige.hidden = false;
    anzeige.querySelector('.hochladen-text').textContent = anzeige.getAttribute('data-verkleinern');
    var eintraege = [];
    new FormData(form).forEach(function (wert, name) {
      eintraege.push([name, wert]);
    });
    var daten = new FormData();
    // One photo after another: a phone holds only one decoded 12-megapixel picture at a time.
    eintraege
      .reduce(function (kette, eintrag) {
        return kette.then(function () {
          return verkleinern(eintrag[1]).then(function (wert) {
            if (wert instanceof File) daten.append(eintrag[0], wert, wert.name);
            else daten.append(eintrag[0], wert);
          });
        });
      }, Promise.resolve())
      .then(function () {
        senden(form, daten, anzeige);
      });
  });
})();
