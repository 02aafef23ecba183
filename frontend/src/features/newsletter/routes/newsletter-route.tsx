import { Grid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { EmptyState } from '@/components/feedback/data-states';

import { useGetNewsletterListsQuery } from '../api/newsletter-api';
import { ListView } from '../components/list-view';
import { ListsPanel } from '../components/lists-panel';
import { SuppressionsPanel } from '../components/suppressions-panel';

/**
 * `/newsletter`: subscriber lists (each with its subscribers and imports, editions and signup
 * form) and suppressed addresses.
 */
export function NewsletterRoute() {
  const [selected, setSelected] = useState<string | null>(null);
  const { data } = useGetNewsletterListsQuery();
  const list = data?.items.find((l) => l.id === selected);

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Newsletter</Title>
        <Text c="dimmed" size="sm">
          Subscriber lists for newsletter channels, with double opt-in and suppressions.
        </Text>
      </div>
      <Tabs defaultValue="lists" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="lists">Lists</Tabs.Tab>
          <Tabs.Tab value="suppressions">Suppressions</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="lists" pt="md">
          <Grid>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <ListsPanel selected={selected} onSelect={setSelected} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              {list ? (
                <ListView key={list.id} list={list} />
              ) : (
                <EmptyState>
                  Pick a list to see its subscribers, editions and signup form.
                </EmptyState>
              )}
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="suppressions" pt="md">
          <SuppressionsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
