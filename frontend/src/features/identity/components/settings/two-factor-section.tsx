import {
  Badge,
  Button,
  Group,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useDispatch } from 'react-redux';

import { ProblemAlert } from '@/components/feedback/problem-alert';
import { baseApi } from '@/lib/api/base-api';
import { notifyFailure, notifySuccess } from '@/lib/notify';

import { useDisableTotpMutation } from '../../api/me-api';
import type { Me } from '../../api/types';
import { RecoveryCodes } from '../recovery-codes';
import { TotpEnrolment } from '../totp-enrolment';

function DisableTotp() {
  const [disable, { isLoading, error }] = useDisableTotpMutation();
  const [method, setMethod] = useState<'code' | 'password'>('code');
  const form = useForm({
    initialValues: { code: '', password: '' },
    validate: {
      code: (v) =>
        method === 'code' && !/^\d{6}$/.test(v.trim()) ? 'Enter the 6-digit code' : null,
      password: (v) => (method === 'password' && !v ? 'Enter your password' : null),
    },
  });
  const submit = form.onSubmit(async ({ code, password }) => {
    try {
      await disable(method === 'code' ? { code: code.trim() } : { password }).unwrap();
      notifySuccess('Two-factor authentication is off.');
    } catch (e) {
      notifyFailure(e);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <Text fw={600}>Turn off two-factor authentication</Text>
        {error && <ProblemAlert error={error} />}
        <SegmentedControl
          value={method}
          onChange={(v) => {
            setMethod(v);
          }}
          data={[
            { value: 'code', label: 'With a code' },
            { value: 'password', label: 'With my password' },
          ]}
          aria-label="Confirm with"
        />
        {method === 'code' ? (
          <TextInput
            label="Code from the app"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            {...form.getInputProps('code')}
          />
        ) : (
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
        )}
        <Button type="submit" color="red" variant="light" loading={isLoading} w="fit-content">
          Turn off
        </Button>
      </Stack>
    </form>
  );
}

export function TwoFactorSection({ me }: { me: Me }) {
  const dispatch = useDispatch();
  // The codes of an enrolment that just succeeded: shown until the user says they saved them.
  const [codes, setCodes] = useState<string[] | null>(null);
  const enabled = me.mfaEnabled || codes !== null;
  return (
    <Stack gap="md" maw={560}>
      <Group gap="xs">
        <Text>Authenticator app:</Text>
        <Badge color={enabled ? 'green' : 'gray'} data-testid="mfa-status">
          {enabled ? 'On' : 'Off'}
        </Badge>
      </Group>
      {codes !== null ? (
        <RecoveryCodes
          codes={codes}
          onDone={() => {
            setCodes(null);
            dispatch(baseApi.util.invalidateTags(['Me']));
          }}
        />
      ) : me.mfaEnabled ? (
        <DisableTotp />
      ) : (
        <>
          <Text size="sm">
            Two-factor authentication asks for a code from your phone when you sign in, so a stolen
            password is not enough.
          </Text>
          <TotpEnrolment
            onConfirmed={(recoveryCodes) => {
              setCodes(recoveryCodes);
              notifySuccess('Two-factor authentication is on.');
            }}
            onDone={() => undefined}
          />
        </>
      )}
    </Stack>
  );
}
