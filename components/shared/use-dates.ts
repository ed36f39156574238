/** Date formatting in the current language, with the pack's month names where `Intl` has none. */
import { useTranslation } from 'react-i18next';
import { formatDateLong, formatFrenchDate, formatMonthYear } from '../../utils/dates/format.ts';

export interface DateFormatters {
  /** "15 mars 2027" in the current language. */
  long(iso: string): string;
  /** "novembre 2026" in the current language. */
  monthYear(yearMonth: string): string;
  /** "15/03/2027", as printed on French documents. */
  french(iso: string): string;
}

export function useDates(): DateFormatters {
  const { t, i18n } = useTranslation('common');
  const raw = t('dates.months');
  const months = raw.split('|').map((name) => name.trim());
  const names = months.length === 12 && months.every(Boolean) ? months : undefined;
  return {
    long: (iso) => formatDateLong(iso, i18n.language, names),
    monthYear: (yearMonth) => formatMonthYear(yearMonth, i18n.language, names),
    french: formatFrenchDate,
  };
}
