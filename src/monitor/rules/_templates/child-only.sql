-- {{@item_class}}限儿童使用：限儿童（lim_max_age 岁及以下）的项目用于超龄人员。新生儿费用随母亲的分娩住院结算
-- （结算清单有新生儿字段）时，入院后 28 天内的明细是新生儿的，不计。
-- 输出标准列；证据列: med_list_codg, cnt, pric_fen, age_years, lim_max_age
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, cnt, pric_fen, age_years, lim_max_age
FROM fee_lim
WHERE item_class = {{@item_class}} AND lim_max_age IS NOT NULL AND age_years > lim_max_age
  AND NOT (with_newborn = 1 AND fee_date - adm_date <= 28)
