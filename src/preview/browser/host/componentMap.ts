import type { ComponentType } from 'react';
import { Button, ButtonRow, LoadingButton } from './buttonComponents';
import { BarChart, LineChart } from './chartComponents';
import { Alert, EmptyState, ErrorState, LoadingSpinner, ProgressBar, Statistics, StatisticsItem, StatisticsTrend } from './feedbackComponents';
import type { HostProps } from './hostProps';
import { Checkbox, Input, NumberInput, TextArea, Toggle } from './inputComponents';
import { Accordion, Box, Card, Divider, Flex, Spacer, Tile } from './layoutComponents';
import { MultiSelect, Select } from './selectComponents';
import { Tab, Tabs } from './tabComponents';
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from './tableComponents';
import { Heading, Link, List, StatusTag, Tag, Text, Tooltip } from './textComponents';

/**
 * `@hubspot/ui-extensions` wire names (equal to their export names, design.md) → DOM renderings
 * close to HubSpot's look. Names not listed fall back to UnmappedComponent.
 */
export const COMPONENT_MAP: Record<string, ComponentType<HostProps>> = {
  Accordion,
  Alert,
  BarChart,
  Box,
  Button,
  ButtonRow,
  Card,
  Checkbox,
  Divider,
  EmptyState,
  ErrorState,
  Flex,
  Heading,
  Input,
  LineChart,
  Link,
  List,
  LoadingButton,
  LoadingSpinner,
  MultiSelect,
  NumberInput,
  ProgressBar,
  Select,
  Spacer,
  Statistics,
  StatisticsItem,
  StatisticsTrend,
  StatusTag,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableHeader,
  TableRow,
  Tabs,
  Tag,
  Text,
  TextArea,
  Textarea: TextArea,
  Tile,
  Toggle,
  Tooltip,
};
