import { PacketPage, packetMetadata } from '@/components/pages/prepare-pages';

export const metadata = packetMetadata('es');

export default function Page() {
  return <PacketPage locale="es" />;
}
