// Draws the app icons (a white document on the portal's blue) with sharp: `npx tsx web/assets/app/icons-erzeugen.ts`.
import path from 'node:path';
import sharp from 'sharp';

const blau = '#0b3d66';

/** A sheet with a folded corner and four text lines; `rand` is the share of the edge kept free (maskable: safe zone). */
function svg(groesse: number, rand: number): string {
  const innen = groesse * (1 - 2 * rand);
  const b = innen * 0.62;
  const h = innen * 0.8;
  const x = (groesse - b) / 2;
  const y = (groesse - h) / 2;
  const ecke = b * 0.28;
  const linien = [0.38, 0.52, 0.66, 0.8]
    .map(
      (anteil, i) =>
        `<rect x="${x + b * 0.16}" y="${y + h * anteil}" width="${b * (i === 3 ? 0.4 : 0.68)}" height="${h * 0.05}" rx="${h * 0.02}" fill="${blau}"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${groesse}" height="${groesse}">
<rect width="${groesse}" height="${groesse}" fill="${blau}" rx="${rand === 0 ? 0 : groesse * 0.18}"/>
<path d="M${x} ${y} H${x + b - ecke} L${x + b} ${y + ecke} V${y + h} H${x} Z" fill="#ffffff"/>
<path d="M${x + b - ecke} ${y} V${y + ecke} H${x + b} Z" fill="#c9d9e8"/>
${linien}
</svg>`;
}

const ziel = path.dirname(new URL(import.meta.url).pathname);
const icons: Array<[string, number, number]> = [
  ['icon-192.png', 192, 0.06],
  ['icon-512.png', 512, 0.06],
  // Maskable: the platform cuts a circle or squircle, so the sheet stays inside the central 80 %.
  ['icon-maskable-512.png', 512, 0],
];
for (const [name, groesse, rand] of icons) {
  const inhalt = name.includes('maskable') ? svg(groesse, 0.14).replace(/rx="[\d.]+"\/>/, '/>') : svg(groesse, rand);
  await sharp(Buffer.from(inhalt)).png({ compressionLevel: 9, palette: true }).toFile(path.join(ziel, name));
}
