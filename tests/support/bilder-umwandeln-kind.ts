// Child process for memory tests: converts large PNGs two at a time as the PDF worker does, prints its RSS before and after.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { bildAufbereiten } from '../../activities/seiten/bild-aufbereiten.js';

const [kante, runden] = process.argv.slice(2).map(Number) as [number, number];
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) / 1024;

const png = await sharp({ create: { width: kante, height: kante, channels: 3, background: '#f0ece4' } })
  .png()
  .toBuffer();
// The first conversion loads libvips' codecs and thread pool: the start line.
await bildAufbereiten(png, 'png');
const vorher = rssMb();
for (let i = 0; i < runden; i++) await Promise.all([bildAufbereiten(png, 'png'), bildAufbereiten(png, 'png')]);
process.stdout.write(JSON.stringify({ vorher, nachher: rssMb() }));
