import { PacketPage, packetMetadata } from '@/components/pages/packet-page';

export const metadata = packetMetadata('en');

export default function Page() {
  return <PacketPage locale="en" />;
}
