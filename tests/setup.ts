import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeIdle } from './fake-idle.ts';

beforeEach(() => {
  fakeBrowser.reset();
  installFakeIdle();
});

afterEach(() => {
  cleanup();
});
