// Types for heic-decode (libheif compiled to WebAssembly), which ships none.
declare module 'heic-decode' {
  interface HeifPixel {
    width: number;
    height: number;
    data: Uint8ClampedArray;
  }
  interface HeifBild {
    width: number;
    height: number;
    decode(): Promise<HeifPixel>;
  }
  interface HeicDecode {
    (input: { buffer: Uint8Array }): Promise<HeifPixel>;
    all(input: { buffer: Uint8Array }): Promise<HeifBild[] & { dispose(): void }>;
  }
  const decode: HeicDecode;
  export default decode;
}
