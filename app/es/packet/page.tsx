import { PacketPage, packetMetadata } from '@/components/pages/packet-page';

export const metadata = packetMetadata('es');

export default function Page() {
  return <PacketPage locale="es" />;
}
