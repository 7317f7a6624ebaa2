import { PacketPage, packetMetadata } from '@/components/pages/prepare-pages';

export const metadata = packetMetadata('en');

export default function Page() {
  return <PacketPage locale="en" />;
}
