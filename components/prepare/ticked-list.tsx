import { useTranslations } from 'next-intl';

export interface TickedItem {
  key: string;
  text: string;
  ticked: boolean;
}

/** A read-only list with boxes that show on paper: for the packet and for shared checklists. */
export function TickedList({ items }: { items: TickedItem[] }) {
  const t = useTranslations('prepare.ticked');
  return (
    <ul className="mt-4 space-y-2">
      {items.map((item) => (
        <li key={item.key} className="break-inside-avoid">
          <span aria-hidden="true" className="mr-3 inline-block w-6 text-xl leading-none">
            {item.ticked ? '☑' : '☐'}
          </span>
          {item.text}
          <span className="sr-only">{t(item.ticked ? 'done' : 'notDone')}</span>
        </li>
      ))}
    </ul>
  );
}
