import { Alert, Code, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';

import { CopyField } from '@/components/forms/copy-field';

import type { NewsletterList } from '../api/types';

/** The public signup endpoint of a list, on the server that serves this UI. */
export function signupUrl(origin: string, listId: string): string {
  return `${origin}/api/v1/newsletter/lists/${encodeURIComponent(listId)}/signup`;
}

/**
 * A form for another site's page: it POSTs `{email, name}` as JSON to the signup endpoint and
 * shows the answer (always the same one on success, so it tells nobody who is subscribed). The
 * script finds its form as the element before it, so a page may hold forms of several lists.
 */
export function signupSnippet(url: string): string {
  return `<form>
  <label>E-mail <input type="email" name="email" required autocomplete="email"></label>
  <label>Name <input type="text" name="name" autocomplete="name"></label>
  <button type="submit">Subscribe</button>
  <p role="status"></p>
</form>
<script>
(function (form) {
  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    var status = form.querySelector('[role=status]');
    var data = new FormData(form);
    try {
      var answer = await fetch(${JSON.stringify(url)}, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: data.get('email'), name: data.get('name') || null }),
      });
      var body = await answer.json().catch(function () { return {}; });
      status.textContent = answer.ok ? body.message : body.detail || 'Please try again later.';
      if (answer.ok) form.reset();
    } catch (e) {
      status.textContent = 'Please try again later.';
    }
  });
})(document.currentScript.previousElementSibling);
</script>`;
}

/**
 * Where a list's public signup form posts, and a form to paste into another site. What the
 * note says holds for the backend as it is: CORS is closed unless `TRAE_WEB_CORS_ALLOWED_ORIGINS`
 * lists origins, and then it opens the whole API to them, credentials included.
 */
export function SignupFormPanel({ list }: { list: NewsletterList }) {
  const url = signupUrl(window.location.origin, list.id);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Signup form for {list.name}
      </Title>
      <Text size="sm">
        Anyone may sign up without an account: the endpoint takes <Code>{'{email, name}'}</Code> as
        JSON, answers 202 with the same message whoever signs up, and mails a confirmation link
        (double opt-in). Signups are limited per client address and per e-mail address.
      </Text>
      <CopyField label="Signup endpoint (POST)" value={url} testId="signup-url" />
      <CopyField label="HTML form" value={signupSnippet(url)} multiline testId="signup-snippet" />
      <Alert
        variant="light"
        color="yellow"
        icon={<IconInfoCircle aria-hidden />}
        title="Embedding it on another site"
      >
        <Stack gap={6}>
          <Text size="sm">
            Browsers send the form from another site only if TRAE allows that site by CORS, and it
            allows none until <Code>TRAE_WEB_CORS_ALLOWED_ORIGINS</Code> lists its origin. An origin
            listed there may call the whole API from a browser, signed-in requests included, so list
            only sites you control.
          </Text>
          <Text size="sm">
            Otherwise have the site&apos;s server forward the POST to this endpoint (a proxy), and
            list that proxy in <Code>TRAE_TRUSTED_PROXIES</Code> so that it forwards each
            visitor&apos;s address; without that, every signup through it shares one budget. A page
            served from this address needs neither.
          </Text>
        </Stack>
      </Alert>
    </Stack>
  );
}
