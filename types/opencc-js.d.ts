// opencc-js ships types that break under NodeNext (imports without extensions); this is the part we use.
declare module 'opencc-js' {
  type Locale = 'cn' | 'tw' | 'twp' | 'hk' | 'hkp' | 'jp' | 't';
  export function Converter(options: { from: Locale; to: Locale }): (text: string) => string;
  /** A conversion's dictionaries (`phrase replacement|…`) and steps, as Converter reads them. */
  export interface ConversionConfig {
    readonly normalizationChain?: readonly (readonly string[])[];
    readonly segmentation: readonly string[];
    readonly conversionChain: readonly (readonly string[])[];
  }
  export const Locale: { readonly configs: Readonly<Record<string, ConversionConfig>> };
}
