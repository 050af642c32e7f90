import type { ReactNode } from 'react';
import { Children, createContext, isValidElement, useContext, useState } from 'react';
import type { HostProps } from './hostProps';
import { call, cx, str, testIdOf } from './hostProps';

type TabId = string | number;

const SelectedTab = createContext<TabId | undefined>(undefined);

/**
 * The props of a child Tab as the receiver holds them. Each child reaches the host as a
 * RemoteComponent element whose `component` is the receiver's node, so the tab bar can read
 * every tab's id and title without rendering the panels.
 */
function tabInfo(child: ReactNode): { tabId: TabId; title: string; disabled: boolean } | null {
  if (!isValidElement(child)) return null;
  const component = (child.props as { component?: { props?: Record<string, unknown> } }).component;
  const props = component?.props ?? {};
  const tabId = props.tabId;
  if (typeof tabId !== 'string' && typeof tabId !== 'number') return null;
  return { tabId, title: typeof props.title === 'string' ? props.title : String(tabId), disabled: props.disabled === true };
}

export function Tabs(props: HostProps) {
  const tabs = Children.toArray(props.children).map(tabInfo).filter((t) => t !== null);
  const initial = (props.defaultSelected as TabId | undefined) ?? tabs[0]?.tabId;
  const [local, setLocal] = useState<TabId | undefined>(initial);
  const controlled = typeof props.selected === 'string' || typeof props.selected === 'number';
  const selected = controlled ? (props.selected as TabId) : local;
  return (
    <div {...testIdOf(props)} className={cx('hs-tabs', str(props.variant) === 'enclosed' && 'hs-tabs--enclosed')}>
      <div className="hs-tabs__bar" role="tablist">
        {tabs.map((tab) => (
          <button
            key={String(tab.tabId)}
            type="button"
            role="tab"
            data-tab-id={String(tab.tabId)}
            aria-selected={tab.tabId === selected}
            disabled={tab.disabled}
            className={cx('hs-tabs__tab', tab.tabId === selected && 'hs-tabs__tab--selected')}
            onClick={() => {
              if (!controlled) setLocal(tab.tabId);
              call(props.onSelectedChange, tab.tabId);
            }}
          >
            {tab.title}
          </button>
        ))}
      </div>
      <SelectedTab.Provider value={selected}>{props.children}</SelectedTab.Provider>
    </div>
  );
}

export function Tab(props: HostProps) {
  const selected = useContext(SelectedTab);
  if (props.tabId !== selected) return null;
  return (
    <div {...testIdOf(props)} role="tabpanel" className="hs-tabs__panel">
      {props.children}
    </div>
  );
}
