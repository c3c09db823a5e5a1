// Per-process memories of bounded size: setting a key makes its entry the newest, and beyond the bound the entry set
// longest ago goes first.
export function begrenztSetzen<K, V>(map: Map<K, V>, key: K, wert: V, hoechstens: number): void {
  map.delete(key);
  if (map.size >= hoechstens) map.delete(map.keys().next().value!);
  map.set(key, wert);
}
