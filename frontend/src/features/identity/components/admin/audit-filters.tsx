import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import type { AuditFilter } from '../../api/types';
import { ActorPicker } from './actor-picker';

/** A local calendar day (yyyy-mm-dd) as the UTC instant it starts or ends at. */
function dayBoundary(day: string, end: boolean): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * The audit log's filters. `canSearchUsers` (users:manage) lets the actor filter search people
 * by name; without it the filter takes a user id.
 */
export function AuditFilters({
  canSearchUsers,
  onApply,
}: {
  canSearchUsers: boolean;
  onApply: (filter: AuditFilter) => void;
}) {
  // Clearing starts the actor picker afresh (it keeps its own search text).
  const [pickerKey, setPickerKey] = useState(0);
  const form = useForm({ initialValues: { action: '', actorId: '', from: '', to: '' } });

  const apply = form.onSubmit((v) => {
    onApply(
      Object.fromEntries(
        Object.entries({
          action: v.action.trim(),
          actorId: v.actorId.trim(),
          from: dayBoundary(v.from, false),
          to: dayBoundary(v.to, true),
        }).filter(([, value]) => value),
      ),
    );
  });

  return (
    <form onSubmit={apply} aria-label="Audit log filters">
      <Group align="flex-end" gap="sm">
        <TextInput label="Action" placeholder="e.g. user.login" {...form.getInputProps('action')} />
        {canSearchUsers ? (
          <ActorPicker
            key={pickerKey}
            value={form.values.actorId}
            onChange={(id) => {
              form.setFieldValue('actorId', id);
            }}
          />
        ) : (
          <TextInput label="Actor id" {...form.getInputProps('actorId')} />
        )}
        <TextInput label="From" type="date" {...form.getInputProps('from')} />
        <TextInput label="To" type="date" {...form.getInputProps('to')} />
        <Button type="submit" variant="light">
          Apply filters
        </Button>
        <Button
          variant="subtle"
          onClick={() => {
            form.reset();
            setPickerKey((n) => n + 1);
            onApply({});
          }}
        >
          Clear
        </Button>
      </Group>
    </form>
  );
}
