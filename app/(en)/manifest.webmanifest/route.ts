import { manifestResponse } from '@/components/offline/manifest-response';

export const dynamic = 'force-static';

export function GET() {
  return manifestResponse('en');
}
