import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { gescanntesPdf } from '../bench/pipeline.js';
import { seitenbild } from '../platform/scan/seitenbild.js';
const pdf = await gescanntesPdf(10);
const doc = await PDFDocument.load(pdf, { updateMetadata: false });
const b = Buffer.from(seitenbild(doc, 0)!.bytes);
async function zeit(name: string, f: () => Promise<unknown>, n = 30) {
  for (let i = 0; i < 3; i++) await f();
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < n; i++) await f();
  const wall = (performance.now() - t0) / n; const c = process.cpuUsage(c0);
  console.log(name.padEnd(34), 'wall', wall.toFixed(1), 'cpu', ((c.user + c.system) / 1000 / n).toFixed(1));
}
for (const k of [2339, 1200, 1170, 1169, 1160, 1100, 1000, 800, 585, 584])
  await zeit('resize ' + k, () => sharp(b).resize(k, k, { fit: 'inside', kernel: 'cubic' }).raw().toBuffer());
await zeit('shrink(2) via jpeg load', () => sharp(b).resize(827, 1170, { fit: 'fill', kernel: 'nearest' }).raw().toBuffer());
