-- 参保人死亡后发生就医结算（冒名就医）（post-death-visit）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: death_date
SELECT mdtrt_id AS hit_key, fixmedins_code, psn_no, mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, adm_date AS occur_date,
       fund_pay_fen AS amount_fen, death_date
FROM visit_x WHERE death_date IS NOT NULL AND adm_date > death_date
