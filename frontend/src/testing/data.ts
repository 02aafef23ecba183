import type { SystemInfo } from '@/features/system/api/system-api';

export const systemInfo: SystemInfo = {
  name: 'TRAE',
  version: '0.1.0-SNAPSHOT',
  commit: 'abc1234',
  buildTime: '2026-11-26T14:00:00Z',
  status: 'UP',
  database: { kind: 'embedded', product: 'PostgreSQL', version: '17.6' },
  dataDirectory: '/abs/path/data',
  javaVersion: '25.0.1',
  startedAt: '2026-11-26T14:00:00Z',
};
