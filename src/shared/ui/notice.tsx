import type { ReactNode } from 'react';
import { Icon } from './icons';

export type NoticeTone = 'info' | 'warning' | 'success' | 'danger';

type NoticeProps = {
  tone?: NoticeTone;
  /**
   * A short bold first line that says in words what kind of notice this is (such as "请注意" or
   * "已完成"): colour and icon are never the only signal.
   */
  title?: string;
  children: ReactNode;
  /** 'status' or 'alert' when the notice appears in answer to something the person did. */
  role?: 'status' | 'alert';
};

/** A boxed message with an icon, a coloured edge and, ideally, a title in words. */
export function Notice({ tone = 'info', title, children, role }: NoticeProps) {
  return (
    <div className={`notice notice-${tone} notice-with-icon`} role={role}>
      <Icon name={tone} className="notice-icon" />
      <div className="notice-body">
        {title && <p className="notice-title">{title}</p>}
        {children}
      </div>
    </div>
  );
}
