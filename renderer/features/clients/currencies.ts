/** The currencies freelancers in French-speaking markets bill in most, offered first. */
const COMMON = ['EUR', 'CHF', 'CAD', 'USD', 'GBP', 'XPF', 'XOF', 'MAD', 'TND'];

/** Every currency Intl can format, common ones first, each with its name in the UI language. */
export function currencyOptions(language: string): { code: string; label: string }[] {
  const names = new Intl.DisplayNames(language, { type: 'currency' });
  const all = Intl.supportedValuesOf('currency');
  const rest = all.filter((c) => !COMMON.includes(c));
  return [...COMMON.filter((c) => all.includes(c)), ...rest].map((code) => ({
    code,
    label: `${code} — ${names.of(code) ?? code}`,
  }));
}
