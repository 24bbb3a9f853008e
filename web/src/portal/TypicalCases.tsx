// 举报典型案例 (医疗保障基金使用监督管理举报处理暂行办法 第二十条): verified reports of major
// social impact, published after the review for 商业秘密 and 个人隐私 (第十六条第三款); the
// server publishes only the reviewed, masked text and never a report marked 涉密.
import { useEffect, useState } from 'react';
import { Alert, Card, List, Spin, Typography } from 'antd';
import { api } from '../api';

interface TypicalCase { caseId: string; title: string; text: string; publishedAt: string; bureau: string }

export function TypicalCases() {
  const [rows, setRows] = useState<TypicalCase[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.get<TypicalCase[]>('/api/public/typical-cases').then(setRows, (e) => setError(e.message));
  }, []);
  if (error) return <Alert type="error" title={error} />;
  if (!rows) return <Spin />;
  return (
    <Card title="举报典型案例">
      <List
        dataSource={rows}
        locale={{ emptyText: '暂无公布的典型案例' }}
        renderItem={(t) => (
          <List.Item data-testid="typical-case">
            <List.Item.Meta
              title={t.title}
              description={
                <>
                  <div>{`${t.bureau} · 公布于 ${t.publishedAt}`}</div>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8, marginBottom: 0, color: 'rgba(0,0,0,0.88)' }}>{t.text}</Typography.Paragraph>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
