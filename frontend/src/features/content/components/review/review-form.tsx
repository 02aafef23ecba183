import { Alert, Button, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconMessage, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';

import { ProblemAlert } from '@/components/feedback/problem-alert';

import { useAddPublicCommentMutation, useSendVerdictMutation } from '../../api/review-api';
import type { Verdict } from '../../api/types';

const NAME_KEY = 'trae.review.name';

function rememberedName(): string {
  try {
    return window.localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * The reviewer's side: a comment, or a verdict (approve, or ask for changes, which needs a
 * comment saying which). The name is remembered in this browser for the next comment.
 */
export function ReviewForm({ token }: { token: string }) {
  const [addComment, commenting] = useAddPublicCommentMutation();
  const [sendVerdict, judging] = useSendVerdictMutation();
  const [sent, setSent] = useState<Verdict | null>(null);
  const [asked, setAsked] = useState<'comment' | Verdict | null>(null);
  const form = useForm({ initialValues: { name: rememberedName(), body: '' } });
  const error = commenting.error ?? judging.error;

  const submit = async (what: 'comment' | Verdict) => {
    const name = form.values.name.trim();
    const body = form.values.body.trim();
    // Which text is required depends on the button: an approval may come without a word.
    const errors: Record<string, string> = {};
    if (!name) errors.name = 'Enter your name';
    if (!body && what === 'comment') errors.body = 'Write a comment';
    if (!body && what === 'changes-requested') errors.body = 'Say what should change';
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setAsked(what);
    window.localStorage.setItem(NAME_KEY, name);
    try {
      if (what === 'comment') await addComment({ token, name, body }).unwrap();
      else await sendVerdict({ token, name, verdict: what, comment: body || undefined }).unwrap();
      if (what !== 'comment') setSent(what);
      form.setFieldValue('body', '');
    } catch {
      // Shown by the alert.
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="review-form-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="review-form-title">
          Your review
        </Title>
        {sent && (
          <Alert color={sent === 'approved' ? 'green' : 'orange'} role="status" variant="light">
            {sent === 'approved'
              ? 'Thank you: your approval was recorded.'
              : 'Thank you: your request for changes was sent to the team.'}
          </Alert>
        )}
        <TextInput label="Your name" required autoComplete="name" {...form.getInputProps('name')} />
        <Textarea label="Comment" rows={4} {...form.getInputProps('body')} />
        {error && <ProblemAlert error={error} title="That was not sent" />}
        <Group gap="xs" justify="flex-end">
          <Button
            variant="default"
            leftSection={<IconMessage size={16} aria-hidden />}
            loading={commenting.isLoading}
            onClick={() => void submit('comment')}
          >
            Comment
          </Button>
          {!sent && (
            <>
              <Button
                color="orange"
                variant="light"
                leftSection={<IconPencil size={16} aria-hidden />}
                loading={judging.isLoading && asked === 'changes-requested'}
                onClick={() => void submit('changes-requested')}
              >
                Ask for changes
              </Button>
              <Button
                color="green"
                leftSection={<IconCheck size={16} aria-hidden />}
                loading={judging.isLoading && asked === 'approved'}
                onClick={() => void submit('approved')}
              >
                Approve
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
