import type { ReactNode } from 'react';
import { NoScriptNotice } from '@/components/guide/no-script-notice';

export default function GuideLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <NoScriptNotice locale="en" />
      {children}
    </>
  );
}
