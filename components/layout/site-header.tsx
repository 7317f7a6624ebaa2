import Link from 'next/link';
import { EmergencyLine } from './emergency-line';
import { NAV_ITEMS } from './nav-items';

export function SiteHeader() {
  return (
    <header className="bg-brand text-white">
      <EmergencyLine />
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          href="/"
          className="text-xl font-bold text-white no-underline visited:text-white hover:text-white hover:underline"
        >
          Second Opinion Guide
        </Link>
        <nav aria-label="Main" className="no-print">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="inline-block py-1 font-semibold text-white visited:text-white hover:text-white"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
