import { TextInput, type TextInputProps } from '@mantine/core';

/** A required e-mail address field labelled "E-mail"; `autoComplete` says whose address it is. */
export function EmailInput(props: TextInputProps) {
  return <TextInput label="E-mail" type="email" required {...props} />;
}
