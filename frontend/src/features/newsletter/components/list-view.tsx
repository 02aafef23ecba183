import { Tabs } from '@mantine/core';

import type { NewsletterList } from '../api/types';
import { EditionsPanel } from './editions-panel';
import { SignupFormPanel } from './signup-form-panel';
import { SubscribersPanel } from './subscribers-panel';

/**
 * One list: its subscribers, its editions and its signup form, a tab each. Only the open tab is
 * mounted, so the editions are read (and polled while sending) only while they are shown.
 */
export function ListView({ list }: { list: NewsletterList }) {
  return (
    <Tabs defaultValue="subscribers" keepMounted={false} variant="pills">
      <Tabs.List aria-label={list.name}>
        <Tabs.Tab value="subscribers">Subscribers</Tabs.Tab>
        <Tabs.Tab value="editions">Editions</Tabs.Tab>
        <Tabs.Tab value="signup">Signup form</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="subscribers" pt="md">
        <SubscribersPanel list={list} />
      </Tabs.Panel>
      <Tabs.Panel value="editions" pt="md">
        <EditionsPanel list={list} />
      </Tabs.Panel>
      <Tabs.Panel value="signup" pt="md">
        <SignupFormPanel list={list} />
      </Tabs.Panel>
    </Tabs>
  );
}
