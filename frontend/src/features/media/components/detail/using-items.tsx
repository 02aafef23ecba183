import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { MediaUser } from '../../api/types';

/** Content items that use a file, each linked to its editor. */
export function UsingItems({ items }: { items: readonly MediaUser[] }) {
  return (
    <List spacing={4} size="sm" aria-label="Items that use this file">
      {items.map((item) => (
        <List.Item key={item.id}>
          <Group gap={6} wrap="nowrap">
            <Anchor component={Link} to={`/content/${encodeURIComponent(item.id)}`} size="sm">
              {item.title}
            </Anchor>
            <Badge size="xs" variant="light">
              {item.status}
            </Badge>
            {item.trashed && (
              <Text span size="xs" c="dimmed">
                in trash
              </Text>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
