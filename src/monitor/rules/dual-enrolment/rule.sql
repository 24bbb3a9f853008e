-- 重复享受待遇（dual-enrolment）：同一人（证件号码、出生日期、性别都相同）以两个人员编号参保，
-- 两个编号的就诊在时间上重叠。新生儿在办理证件前以母亲证件号码参保，出生日期与母亲不同，
-- 不是同一人。
-- 输出标准列；证据列: other_psn_no, other_mdtrt_id
WITH c AS (
  SELECT certno, brdy, gend FROM psn GROUP BY certno, brdy, gend HAVING COUNT(*) > 1
), d AS (
  SELECT v.* FROM visit_x v JOIN c ON c.certno = v.certno AND c.brdy = v.brdy AND c.gend = v.gend
)
SELECT b.mdtrt_id AS hit_key, b.fixmedins_code, b.psn_no, b.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, b.adm_date AS occur_date,
       b.fund_pay_fen AS amount_fen, MIN(a.psn_no) AS other_psn_no, MIN(a.mdtrt_id) AS other_mdtrt_id
FROM d a
JOIN d b ON a.certno = b.certno AND a.brdy = b.brdy AND a.gend = b.gend AND a.psn_no < b.psn_no AND a.adm_date <= b.dscg_date AND b.adm_date <= a.dscg_date
GROUP BY b.mdtrt_id, b.fixmedins_code, b.psn_no, b.adm_date, b.fund_pay_fen
