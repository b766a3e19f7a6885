import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readableText, skipReadAloud } from '../../../src/shared/ui/readable-text';

describe('readableText', () => {
  it('reads the words a person sees, without arrows, icons, progress blocks or source lists', () => {
    const { container } = render(
      <main>
        <div className="step-progress" {...skipReadAloud}>
          <p>第 2 步 / 共 6 步</p>
        </div>
        <h2>
          <span aria-hidden="true">✓ </span>准备好身份证
        </h2>
        <p>打开粤省事→社保→养老资格认证</p>
        <a href="/guide/3">
          下一步<span aria-hidden="true">›</span>
        </a>
        <p>
          ✔ 官方通知里写了这个办法<span className="visually-hidden">（只给读屏软件的说明）</span>
        </p>
        <div {...skipReadAloud}>
          <p>资料来源：</p>
          <a href="https://hrss.gd.gov.cn/x">政府网站：hrss.gd.gov.cn</a>
        </div>
      </main>,
    );
    expect(readableText(container)).toBe(['准备好身份证', '打开粤省事，社保，养老资格认证', '下一步', '官方通知里写了这个办法'].join('\n'));
  });

  it('reads only the question of a closed show-more, and all of an open one', () => {
    const { container } = render(
      <div>
        <details>
          <summary>
            <span aria-hidden="true">▶</span>认证要钱吗？
          </summary>
          <p>不要钱。</p>
        </details>
        <details open>
          <summary>多久一次？</summary>
          <p>一般一年一次。</p>
        </details>
      </div>,
    );
    expect(readableText(container)).toBe('认证要钱吗？\n多久一次？\n一般一年一次。');
  });

  it('joins several parts (heading, then the screen) and ignores a missing one', () => {
    const heading = document.createElement('h1');
    heading.textContent = '刷脸认证';
    const { container } = render(<p>请看着屏幕。</p>);
    expect(readableText(heading, null, container)).toBe('刷脸认证\n请看着屏幕。');
  });
});
