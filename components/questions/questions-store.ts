'use client';

import { createDeviceStore } from '@/components/device/create-device-store';
import { EMPTY_QUESTIONS, questionsStateSchema } from '@/lib/questions/state';

export const questionsStore = createDeviceStore('sog.questions', questionsStateSchema, 1, EMPTY_QUESTIONS);
