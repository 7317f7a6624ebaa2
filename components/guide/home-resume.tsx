'use client';

import { type ComponentType, useEffect, useState } from 'react';
import { GUIDE_KEY } from '@/lib/guide/paths';
import type { HomeResumeProps } from './home-resume-panel';

/**
 * "Carry on where you left off" on the home page, for someone with answers saved on this device.
 * The home page is static and light: this part only looks whether anything is saved, and the code
 * that reads the answers loads only then. Nothing shows, and nothing more loads, for anyone else.
 */
export function HomeResume(props: HomeResumeProps) {
  const [Panel, setPanel] = useState<ComponentType<HomeResumeProps> | null>(null);
  useEffect(() => {
    let saved = false;
    try {
      saved = window.localStorage.getItem(GUIDE_KEY) !== null;
    } catch {
      // Storage blocked: nothing can have been saved.
    }
    if (!saved) return;
    let live = true;
    void import('./home-resume-panel').then(({ HomeResumePanel }) => {
      if (live) setPanel(() => HomeResumePanel);
    });
    return () => {
      live = false;
    };
  }, []);
  return Panel ? <Panel {...props} /> : null;
}
