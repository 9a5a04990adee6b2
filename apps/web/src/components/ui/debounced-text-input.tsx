import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

interface DebouncedTextInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string;
  onCommit: (value: string) => void;
  delay?: number;
}

/**
 * A text box that filters as you type: it shows every keystroke at once and tells the page after a short pause,
 * so the address (and the API) change once per word rather than once per letter. The input is never remounted,
 * so focus stays put while results arrive. When the value changes from outside (e.g. "Clear filters"), it follows.
 */
export function DebouncedTextInput({ value, onCommit, delay = 200, ...props }: DebouncedTextInputProps) {
  const [text, setText] = useState(value);
  const committed = useRef(value);
  const commit = useDebouncedCallback((next: string) => {
    committed.current = next.trim();
    onCommit(next);
  }, delay);

  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);

  return (
    <TextInput
      {...props}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
    />
  );
}
