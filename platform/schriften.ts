// The Unicode fonts (DejaVu Sans regular and bold) every generated PDF embeds; read once per process.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`);
let fonts: Promise<[Buffer, Buffer]> | undefined;

export const schriftenLaden = () =>
  (fonts ??= Promise.all([readFile(fontFile('DejaVuSans.ttf')), readFile(fontFile('DejaVuSans-Bold.ttf'))]));
