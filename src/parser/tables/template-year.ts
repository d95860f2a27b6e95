/** The national table templates: 2019 (reports on 2019–2020) and 2021 (reports on 2021 onward). */
export const TEMPLATE_YEARS = ['2019', '2021'] as const;
export type TemplateYear = (typeof TEMPLATE_YEARS)[number];
