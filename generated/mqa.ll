; ModuleID = 'mqa'
source_filename = "mqa"
target triple = "x86_64-unknown-linux-gnu"

@mqa.name = private unnamed_addr constant [4 x i8] c"mqa\00"
@mqa.spec = private unnamed_addr constant [324 x i8] c"attncc: 1\0Aname: mqa\0Aphase: decode\0Aheads: {q: 16, kv: 1, dim: 64, v_dim: 64}\0Atypes: {q: f32, cache: bf16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: head_major, capacity: 4096, latent_dim: 0, rope_dim: 0}\0Amask: {causal: false}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@mqa_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32 } { i32 3, i32 1, i64 -7390020833797141617, ptr @mqa.name, ptr @mqa.spec, i32 16, i32 1, i32 64, i32 64, i32 0, i32 2, i32 0, i32 0, i32 0, i32 1, i32 4096, i32 0, i32 0, float 1.250000e-01, i32 0, i32 0, i32 0 }, align 8
@mqa_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @mqa_info_data, ptr @mqa_tile, i32 1, i32 16, i32 16, i32 256, i32 1, i32 64, ptr null }, align 8

; Function Attrs: nounwind
define internal void @mqa_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca <16 x float>, align 64
  %mv = alloca <16 x float>, align 64
  %lims = alloca [16 x i32], align 64
  %rowbuf = alloca [4 x <16 x float>], align 64
  %ot = alloca [4096 x i8], align 64
  %st = alloca [7680 x i8], align 64
  %vbuf = alloca [27648 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [4096 x i8], align 64
  %ls = alloca [16 x float], align 64
  %ms = alloca [16 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = add i64 %17, %18
  %20 = mul i64 %19, 4096
  %21 = mul i64 %20, 128
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %21
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %qrow, label %done

done:                                             ; preds = %orow121, %entry
  ret void

qrow:                                             ; preds = %entry, %exit8
  %qrow1 = phi i32 [ %64, %exit8 ], [ 0, %entry ]
  %26 = icmp slt i32 %qrow1, 16
  br i1 %26, label %body, label %otzero

body:                                             ; preds = %qrow
  %27 = icmp slt i32 %qrow1, %nrows
  %28 = sub i32 %nrows, 1
  %29 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %28)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %h = add i32 %h_begin, %31
  %32 = mul i32 %kv_head, 16
  %hq = add i32 %32, %h
  %33 = sext i32 %qi to i64
  %34 = add i64 %q_row0, %33
  %35 = mul i64 %34, 16
  %36 = sext i32 %hq to i64
  %orow = add i64 %35, %36
  %37 = mul i64 %orow, 256
  %38 = getelementptr i8, ptr %q, i64 %37
  %39 = select i1 %27, float 0x3FC7154760000000, float 0.000000e+00
  %40 = insertelement <16 x float> poison, float %39, i32 0
  %splat = shufflevector <16 x float> %40, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %41 = icmp slt i64 %chunk5, 4
  br i1 %41, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %42 = mul i64 %chunk5, 64
  %43 = getelementptr i8, ptr %38, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = fmul <16 x float> %44, %splat
  %46 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %45, ptr %46, align 64
  %47 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %48 = sext i32 %qrow1 to i64
  %49 = getelementptr i32, ptr %lims, i64 %48
  store i32 %k_end, ptr %49, align 4
  %50 = sdiv i32 %qrow1, 16
  %51 = sext i32 %50 to i64
  %52 = mul i64 %51, 1024
  %53 = getelementptr i32, ptr %qt, i64 %52
  %54 = srem i32 %qrow1, 16
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %63, %body6 ]
  %55 = icmp slt i32 %qcol9, 64
  br i1 %55, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %56 = sext i32 %qcol9 to i64
  %57 = getelementptr i32, ptr %rowbuf, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = sext i32 %54 to i64
  %60 = mul i64 %56, 16
  %61 = add i64 %60, %59
  %62 = getelementptr i32, ptr %53, i64 %61
  store float %58, ptr %62, align 4
  %63 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %64 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %69, %body10 ], [ 0, %qrow ]
  %65 = icmp slt i32 %otzero13, 64
  br i1 %65, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %66 = sext i32 %otzero13 to i64
  %67 = mul i64 %66, 16
  %68 = getelementptr i32, ptr %ot, i64 %67
  store <16 x float> zeroinitializer, ptr %68, align 64
  %69 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %k_last = sub i32 %k_end, 1
  br label %ktile

ktile:                                            ; preds = %exit35, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %146, %exit35 ]
  %70 = icmp slt i32 %ktile17, %k_end
  br i1 %70, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %71 = sub i32 %k_end, %ktile17
  %72 = call i32 @llvm.smin.i32(i32 108, i32 %71)
  %73 = add i32 %72, 11
  %74 = sdiv i32 %73, 12
  %75 = mul i32 %74, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %76 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %76, ptr %ms, align 64
  %77 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %77, ptr %ls, align 64
  br label %orow121

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %108, %body18 ]
  %78 = icmp slt i32 %kpack21, %75
  br i1 %78, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %79 = add i32 %ktile17, %kpack21
  %80 = call i32 @llvm.smin.i32(i32 %79, i32 %k_last)
  %81 = sext i32 %80 to i64
  %82 = mul i64 %81, 128
  %83 = getelementptr i8, ptr %22, i64 %82
  %84 = load <16 x i16>, ptr %83, align 2
  %85 = zext <16 x i16> %84 to <16 x i32>
  %86 = shl <16 x i32> %85, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %86 to <16 x float>
  %87 = sext i32 %kpack21 to i64
  %88 = mul i64 %87, 64
  %89 = getelementptr i32, ptr %kbuf, i64 %88
  store <16 x float> %bf16, ptr %89, align 64
  %90 = getelementptr i8, ptr %83, i64 32
  %91 = load <16 x i16>, ptr %90, align 2
  %92 = zext <16 x i16> %91 to <16 x i32>
  %93 = shl <16 x i32> %92, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1622 = bitcast <16 x i32> %93 to <16 x float>
  %94 = add i64 %88, 16
  %95 = getelementptr i32, ptr %kbuf, i64 %94
  store <16 x float> %bf1622, ptr %95, align 64
  %96 = getelementptr i8, ptr %83, i64 64
  %97 = load <16 x i16>, ptr %96, align 2
  %98 = zext <16 x i16> %97 to <16 x i32>
  %99 = shl <16 x i32> %98, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1623 = bitcast <16 x i32> %99 to <16 x float>
  %100 = add i64 %88, 32
  %101 = getelementptr i32, ptr %kbuf, i64 %100
  store <16 x float> %bf1623, ptr %101, align 64
  %102 = getelementptr i8, ptr %83, i64 96
  %103 = load <16 x i16>, ptr %102, align 2
  %104 = zext <16 x i16> %103 to <16 x i32>
  %105 = shl <16 x i32> %104, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1624 = bitcast <16 x i32> %105 to <16 x float>
  %106 = add i64 %88, 48
  %107 = getelementptr i32, ptr %kbuf, i64 %106
  store <16 x float> %bf1624, ptr %107, align 64
  %108 = add nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body25
  %vpack28 = phi i32 [ %138, %body25 ], [ 0, %kpack ]
  %109 = icmp slt i32 %vpack28, %72
  br i1 %109, label %body25, label %exit27

body25:                                           ; preds = %vpack
  %110 = add i32 %ktile17, %vpack28
  %111 = sext i32 %110 to i64
  %112 = mul i64 %111, 128
  %113 = getelementptr i8, ptr %24, i64 %112
  %114 = load <16 x i16>, ptr %113, align 2
  %115 = zext <16 x i16> %114 to <16 x i32>
  %116 = shl <16 x i32> %115, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1629 = bitcast <16 x i32> %116 to <16 x float>
  %117 = sext i32 %vpack28 to i64
  %118 = mul i64 %117, 64
  %119 = getelementptr i32, ptr %vbuf, i64 %118
  store <16 x float> %bf1629, ptr %119, align 64
  %120 = getelementptr i8, ptr %113, i64 32
  %121 = load <16 x i16>, ptr %120, align 2
  %122 = zext <16 x i16> %121 to <16 x i32>
  %123 = shl <16 x i32> %122, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1630 = bitcast <16 x i32> %123 to <16 x float>
  %124 = add i64 %118, 16
  %125 = getelementptr i32, ptr %vbuf, i64 %124
  store <16 x float> %bf1630, ptr %125, align 64
  %126 = getelementptr i8, ptr %113, i64 64
  %127 = load <16 x i16>, ptr %126, align 2
  %128 = zext <16 x i16> %127 to <16 x i32>
  %129 = shl <16 x i32> %128, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1631 = bitcast <16 x i32> %129 to <16 x float>
  %130 = add i64 %118, 32
  %131 = getelementptr i32, ptr %vbuf, i64 %130
  store <16 x float> %bf1631, ptr %131, align 64
  %132 = getelementptr i8, ptr %113, i64 96
  %133 = load <16 x i16>, ptr %132, align 2
  %134 = zext <16 x i16> %133 to <16 x i32>
  %135 = shl <16 x i32> %134, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1632 = bitcast <16 x i32> %135 to <16 x float>
  %136 = add i64 %118, 48
  %137 = getelementptr i32, ptr %vbuf, i64 %136
  store <16 x float> %bf1632, ptr %137, align 64
  %138 = add nsw i32 %vpack28, 1
  br label %vpack

exit27:                                           ; preds = %vpack
  %139 = add i32 %nrows, 15
  %nblk = sdiv i32 %139, 16
  br label %rblock

rblock:                                           ; preds = %join, %exit27
  %rblock36 = phi i32 [ 0, %exit27 ], [ %154, %join ]
  %140 = icmp slt i32 %rblock36, %nblk
  br i1 %140, label %body33, label %exit35

body33:                                           ; preds = %rblock
  %141 = sext i32 %rblock36 to i64
  %142 = mul i32 %rblock36, 16
  %143 = add i32 %142, 15
  %144 = sub i32 %nrows, 1
  %145 = icmp sgt i32 %72, 0
  br i1 %145, label %rvisit, label %join

exit35:                                           ; preds = %rblock
  %146 = add nsw i32 %ktile17, 108
  br label %ktile

rvisit:                                           ; preds = %body33
  %147 = mul i64 %141, 1024
  %148 = getelementptr i32, ptr %qt, i64 %147
  %149 = getelementptr i32, ptr %ot, i64 %147
  %150 = getelementptr <16 x float>, ptr %mv, i64 %141
  %151 = getelementptr <16 x float>, ptr %lv, i64 %141
  %152 = mul i64 %141, 16
  %153 = getelementptr i32, ptr %lims, i64 %152
  %limv = load <16 x i32>, ptr %153, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body33
  %154 = add nsw i32 %rblock36, 1
  br label %rblock

sblock:                                           ; preds = %exit43, %rvisit
  %sblock40 = phi i32 [ 0, %rvisit ], [ %213, %exit43 ]
  %155 = icmp slt i32 %sblock40, %72
  br i1 %155, label %body37, label %smask

body37:                                           ; preds = %sblock
  %156 = sext i32 %sblock40 to i64
  %157 = mul i64 %156, 64
  %158 = getelementptr i32, ptr %kbuf, i64 %157
  br label %sdim

sdim:                                             ; preds = %body41, %body37
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %198, %body41 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %195, %body41 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %192, %body41 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %189, %body41 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %186, %body41 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %183, %body41 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %180, %body41 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %177, %body41 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %174, %body41 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %171, %body41 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %168, %body41 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %165, %body41 ]
  %sdim44 = phi i32 [ 0, %body37 ], [ %199, %body41 ]
  %159 = icmp slt i32 %sdim44, 64
  br i1 %159, label %body41, label %exit43

body41:                                           ; preds = %sdim
  %160 = sext i32 %sdim44 to i64
  %161 = mul i64 %160, 16
  %162 = getelementptr i32, ptr %148, i64 %161
  %qt45 = load <16 x float>, ptr %162, align 64
  %163 = getelementptr i32, ptr %158, i64 %160
  %k = load float, ptr %163, align 4
  %164 = insertelement <16 x float> poison, float %k, i32 0
  %splat46 = shufflevector <16 x float> %164, <16 x float> poison, <16 x i32> zeroinitializer
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat46, <16 x float> %sacc.sroa.0.0)
  %166 = getelementptr i32, ptr %163, i64 64
  %k47 = load float, ptr %166, align 4
  %167 = insertelement <16 x float> poison, float %k47, i32 0
  %splat48 = shufflevector <16 x float> %167, <16 x float> poison, <16 x i32> zeroinitializer
  %168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat48, <16 x float> %sacc.sroa.4.0)
  %169 = getelementptr i32, ptr %163, i64 128
  %k49 = load float, ptr %169, align 4
  %170 = insertelement <16 x float> poison, float %k49, i32 0
  %splat50 = shufflevector <16 x float> %170, <16 x float> poison, <16 x i32> zeroinitializer
  %171 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat50, <16 x float> %sacc.sroa.8.0)
  %172 = getelementptr i32, ptr %163, i64 192
  %k51 = load float, ptr %172, align 4
  %173 = insertelement <16 x float> poison, float %k51, i32 0
  %splat52 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat52, <16 x float> %sacc.sroa.12.0)
  %175 = getelementptr i32, ptr %163, i64 256
  %k53 = load float, ptr %175, align 4
  %176 = insertelement <16 x float> poison, float %k53, i32 0
  %splat54 = shufflevector <16 x float> %176, <16 x float> poison, <16 x i32> zeroinitializer
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat54, <16 x float> %sacc.sroa.16.0)
  %178 = getelementptr i32, ptr %163, i64 320
  %k55 = load float, ptr %178, align 4
  %179 = insertelement <16 x float> poison, float %k55, i32 0
  %splat56 = shufflevector <16 x float> %179, <16 x float> poison, <16 x i32> zeroinitializer
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat56, <16 x float> %sacc.sroa.20.0)
  %181 = getelementptr i32, ptr %163, i64 384
  %k57 = load float, ptr %181, align 4
  %182 = insertelement <16 x float> poison, float %k57, i32 0
  %splat58 = shufflevector <16 x float> %182, <16 x float> poison, <16 x i32> zeroinitializer
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat58, <16 x float> %sacc.sroa.24.0)
  %184 = getelementptr i32, ptr %163, i64 448
  %k59 = load float, ptr %184, align 4
  %185 = insertelement <16 x float> poison, float %k59, i32 0
  %splat60 = shufflevector <16 x float> %185, <16 x float> poison, <16 x i32> zeroinitializer
  %186 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat60, <16 x float> %sacc.sroa.28.0)
  %187 = getelementptr i32, ptr %163, i64 512
  %k61 = load float, ptr %187, align 4
  %188 = insertelement <16 x float> poison, float %k61, i32 0
  %splat62 = shufflevector <16 x float> %188, <16 x float> poison, <16 x i32> zeroinitializer
  %189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat62, <16 x float> %sacc.sroa.32.0)
  %190 = getelementptr i32, ptr %163, i64 576
  %k63 = load float, ptr %190, align 4
  %191 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %191, <16 x float> poison, <16 x i32> zeroinitializer
  %192 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat64, <16 x float> %sacc.sroa.36.0)
  %193 = getelementptr i32, ptr %163, i64 640
  %k65 = load float, ptr %193, align 4
  %194 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %194, <16 x float> poison, <16 x i32> zeroinitializer
  %195 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat66, <16 x float> %sacc.sroa.40.0)
  %196 = getelementptr i32, ptr %163, i64 704
  %k67 = load float, ptr %196, align 4
  %197 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %197, <16 x float> poison, <16 x i32> zeroinitializer
  %198 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat68, <16 x float> %sacc.sroa.44.0)
  %199 = add nsw i32 %sdim44, 1
  br label %sdim

exit43:                                           ; preds = %sdim
  %200 = mul i64 %156, 16
  %201 = getelementptr i32, ptr %st, i64 %200
  store <16 x float> %sacc.sroa.0.0, ptr %201, align 64
  %202 = getelementptr i32, ptr %201, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %202, align 64
  %203 = getelementptr i32, ptr %201, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %203, align 64
  %204 = getelementptr i32, ptr %201, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %204, align 64
  %205 = getelementptr i32, ptr %201, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %205, align 64
  %206 = getelementptr i32, ptr %201, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %206, align 64
  %207 = getelementptr i32, ptr %201, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %207, align 64
  %208 = getelementptr i32, ptr %201, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %208, align 64
  %209 = getelementptr i32, ptr %201, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %209, align 64
  %210 = getelementptr i32, ptr %201, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %210, align 64
  %211 = getelementptr i32, ptr %201, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %211, align 64
  %212 = getelementptr i32, ptr %201, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %212, align 64
  %213 = add nsw i32 %sblock40, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body69
  %tmax.0 = phi <16 x float> [ %222, %body69 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask72 = phi i32 [ %223, %body69 ], [ 0, %sblock ]
  %214 = icmp slt i32 %smask72, %72
  br i1 %214, label %body69, label %exit71

body69:                                           ; preds = %smask
  %215 = add i32 %ktile17, %smask72
  %216 = insertelement <16 x i32> poison, i32 %215, i32 0
  %splat73 = shufflevector <16 x i32> %216, <16 x i32> poison, <16 x i32> zeroinitializer
  %217 = sext i32 %smask72 to i64
  %218 = mul i64 %217, 16
  %219 = getelementptr i32, ptr %st, i64 %218
  %s = load <16 x float>, ptr %219, align 64
  %220 = icmp slt <16 x i32> %splat73, %limv
  %221 = select <16 x i1> %220, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %221, ptr %219, align 64
  %222 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.0, <16 x float> %221)
  %223 = add nsw i32 %smask72, 1
  br label %smask

exit71:                                           ; preds = %smask
  %m = load <16 x float>, ptr %150, align 64
  %224 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.0)
  %225 = fcmp oeq <16 x float> %224, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse74 = select <16 x i1> %225, <16 x float> zeroinitializer, <16 x float> %224
  %226 = fsub <16 x float> %m, %muse74
  %227 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %226, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %228 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %227, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %229 = fadd <16 x float> %228, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %229, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %228, %n
  %230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %230, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %231, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %232, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %233, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %235 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %234, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %236 = fptosi <16 x float> %n to <16 x i32>
  %237 = add <16 x i32> %236, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %238 = shl <16 x i32> %237, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %239 = bitcast <16 x i32> %238 to <16 x float>
  %exp2 = fmul <16 x float> %235, %239
  store <16 x float> %224, ptr %150, align 64
  br label %sexp

sexp:                                             ; preds = %body75, %exit71
  %lsum.0 = phi <16 x float> [ zeroinitializer, %exit71 ], [ %259, %body75 ]
  %sexp78 = phi i32 [ 0, %exit71 ], [ %260, %body75 ]
  %240 = icmp slt i32 %sexp78, %72
  br i1 %240, label %body75, label %exit77

body75:                                           ; preds = %sexp
  %241 = sext i32 %sexp78 to i64
  %242 = mul i64 %241, 16
  %243 = getelementptr i32, ptr %st, i64 %242
  %244 = load <16 x float>, ptr %243, align 64
  %245 = fsub <16 x float> %244, %muse74
  %246 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %245, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %247 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %246, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %248 = fadd <16 x float> %247, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n79 = fsub <16 x float> %248, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f80 = fsub <16 x float> %247, %n79
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f80, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %249, <16 x float> %f80, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %250, <16 x float> %f80, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %251, <16 x float> %f80, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %252, <16 x float> %f80, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %253, <16 x float> %f80, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %255 = fptosi <16 x float> %n79 to <16 x i32>
  %256 = add <16 x i32> %255, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %257 = shl <16 x i32> %256, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %258 = bitcast <16 x i32> %257 to <16 x float>
  %exp281 = fmul <16 x float> %254, %258
  store <16 x float> %exp281, ptr %243, align 64
  %259 = fadd <16 x float> %lsum.0, %exp281
  %260 = add nsw i32 %sexp78, 1
  br label %sexp

exit77:                                           ; preds = %sexp
  %261 = load <16 x float>, ptr %151, align 64
  %262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %261, <16 x float> %exp2, <16 x float> %lsum.0)
  store <16 x float> %262, ptr %151, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit88, %exit77
  %pvblock85 = phi i32 [ 0, %exit77 ], [ %370, %exit88 ]
  %263 = icmp slt i32 %pvblock85, 4
  br i1 %263, label %body82, label %join

body82:                                           ; preds = %pvblock
  %264 = mul i32 %pvblock85, 16
  %265 = sext i32 %264 to i64
  %266 = mul i64 %265, 16
  %267 = getelementptr i32, ptr %149, i64 %266
  %268 = load <16 x float>, ptr %267, align 64
  %269 = fmul <16 x float> %268, %exp2
  %270 = getelementptr i32, ptr %267, i64 16
  %271 = load <16 x float>, ptr %270, align 64
  %272 = fmul <16 x float> %271, %exp2
  %273 = getelementptr i32, ptr %267, i64 32
  %274 = load <16 x float>, ptr %273, align 64
  %275 = fmul <16 x float> %274, %exp2
  %276 = getelementptr i32, ptr %267, i64 48
  %277 = load <16 x float>, ptr %276, align 64
  %278 = fmul <16 x float> %277, %exp2
  %279 = getelementptr i32, ptr %267, i64 64
  %280 = load <16 x float>, ptr %279, align 64
  %281 = fmul <16 x float> %280, %exp2
  %282 = getelementptr i32, ptr %267, i64 80
  %283 = load <16 x float>, ptr %282, align 64
  %284 = fmul <16 x float> %283, %exp2
  %285 = getelementptr i32, ptr %267, i64 96
  %286 = load <16 x float>, ptr %285, align 64
  %287 = fmul <16 x float> %286, %exp2
  %288 = getelementptr i32, ptr %267, i64 112
  %289 = load <16 x float>, ptr %288, align 64
  %290 = fmul <16 x float> %289, %exp2
  %291 = getelementptr i32, ptr %267, i64 128
  %292 = load <16 x float>, ptr %291, align 64
  %293 = fmul <16 x float> %292, %exp2
  %294 = getelementptr i32, ptr %267, i64 144
  %295 = load <16 x float>, ptr %294, align 64
  %296 = fmul <16 x float> %295, %exp2
  %297 = getelementptr i32, ptr %267, i64 160
  %298 = load <16 x float>, ptr %297, align 64
  %299 = fmul <16 x float> %298, %exp2
  %300 = getelementptr i32, ptr %267, i64 176
  %301 = load <16 x float>, ptr %300, align 64
  %302 = fmul <16 x float> %301, %exp2
  %303 = getelementptr i32, ptr %267, i64 192
  %304 = load <16 x float>, ptr %303, align 64
  %305 = fmul <16 x float> %304, %exp2
  %306 = getelementptr i32, ptr %267, i64 208
  %307 = load <16 x float>, ptr %306, align 64
  %308 = fmul <16 x float> %307, %exp2
  %309 = getelementptr i32, ptr %267, i64 224
  %310 = load <16 x float>, ptr %309, align 64
  %311 = fmul <16 x float> %310, %exp2
  %312 = getelementptr i32, ptr %267, i64 240
  %313 = load <16 x float>, ptr %312, align 64
  %314 = fmul <16 x float> %313, %exp2
  br label %kpv

kpv:                                              ; preds = %body86, %body82
  %o.sroa.52.0 = phi <16 x float> [ %308, %body82 ], [ %362, %body86 ]
  %o.sroa.48.0 = phi <16 x float> [ %305, %body82 ], [ %359, %body86 ]
  %o.sroa.44.0 = phi <16 x float> [ %302, %body82 ], [ %356, %body86 ]
  %o.sroa.40.0 = phi <16 x float> [ %299, %body82 ], [ %353, %body86 ]
  %o.sroa.36.0 = phi <16 x float> [ %296, %body82 ], [ %350, %body86 ]
  %o.sroa.32.0 = phi <16 x float> [ %293, %body82 ], [ %347, %body86 ]
  %o.sroa.28.0 = phi <16 x float> [ %290, %body82 ], [ %344, %body86 ]
  %o.sroa.24.0 = phi <16 x float> [ %287, %body82 ], [ %341, %body86 ]
  %o.sroa.20.0 = phi <16 x float> [ %284, %body82 ], [ %338, %body86 ]
  %o.sroa.16.0 = phi <16 x float> [ %281, %body82 ], [ %335, %body86 ]
  %o.sroa.12.0 = phi <16 x float> [ %278, %body82 ], [ %332, %body86 ]
  %o.sroa.8.0 = phi <16 x float> [ %275, %body82 ], [ %329, %body86 ]
  %o.sroa.4.0 = phi <16 x float> [ %272, %body82 ], [ %326, %body86 ]
  %o.sroa.0.0 = phi <16 x float> [ %269, %body82 ], [ %323, %body86 ]
  %o.sroa.56.0 = phi <16 x float> [ %311, %body82 ], [ %365, %body86 ]
  %o.sroa.60.0 = phi <16 x float> [ %314, %body82 ], [ %368, %body86 ]
  %kpv89 = phi i32 [ 0, %body82 ], [ %369, %body86 ]
  %315 = icmp slt i32 %kpv89, %72
  br i1 %315, label %body86, label %exit88

body86:                                           ; preds = %kpv
  %316 = sext i32 %kpv89 to i64
  %317 = mul i64 %316, 16
  %318 = getelementptr i32, ptr %st, i64 %317
  %p = load <16 x float>, ptr %318, align 64
  %319 = mul i64 %316, 256
  %320 = getelementptr i8, ptr %vbuf, i64 %319
  %321 = getelementptr i32, ptr %320, i64 %265
  %v = load float, ptr %321, align 4
  %322 = insertelement <16 x float> poison, float %v, i32 0
  %splat90 = shufflevector <16 x float> %322, <16 x float> poison, <16 x i32> zeroinitializer
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat90, <16 x float> %o.sroa.0.0)
  %324 = getelementptr i32, ptr %321, i64 1
  %v91 = load float, ptr %324, align 4
  %325 = insertelement <16 x float> poison, float %v91, i32 0
  %splat92 = shufflevector <16 x float> %325, <16 x float> poison, <16 x i32> zeroinitializer
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat92, <16 x float> %o.sroa.4.0)
  %327 = getelementptr i32, ptr %321, i64 2
  %v93 = load float, ptr %327, align 4
  %328 = insertelement <16 x float> poison, float %v93, i32 0
  %splat94 = shufflevector <16 x float> %328, <16 x float> poison, <16 x i32> zeroinitializer
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat94, <16 x float> %o.sroa.8.0)
  %330 = getelementptr i32, ptr %321, i64 3
  %v95 = load float, ptr %330, align 4
  %331 = insertelement <16 x float> poison, float %v95, i32 0
  %splat96 = shufflevector <16 x float> %331, <16 x float> poison, <16 x i32> zeroinitializer
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat96, <16 x float> %o.sroa.12.0)
  %333 = getelementptr i32, ptr %321, i64 4
  %v97 = load float, ptr %333, align 4
  %334 = insertelement <16 x float> poison, float %v97, i32 0
  %splat98 = shufflevector <16 x float> %334, <16 x float> poison, <16 x i32> zeroinitializer
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat98, <16 x float> %o.sroa.16.0)
  %336 = getelementptr i32, ptr %321, i64 5
  %v99 = load float, ptr %336, align 4
  %337 = insertelement <16 x float> poison, float %v99, i32 0
  %splat100 = shufflevector <16 x float> %337, <16 x float> poison, <16 x i32> zeroinitializer
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat100, <16 x float> %o.sroa.20.0)
  %339 = getelementptr i32, ptr %321, i64 6
  %v101 = load float, ptr %339, align 4
  %340 = insertelement <16 x float> poison, float %v101, i32 0
  %splat102 = shufflevector <16 x float> %340, <16 x float> poison, <16 x i32> zeroinitializer
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat102, <16 x float> %o.sroa.24.0)
  %342 = getelementptr i32, ptr %321, i64 7
  %v103 = load float, ptr %342, align 4
  %343 = insertelement <16 x float> poison, float %v103, i32 0
  %splat104 = shufflevector <16 x float> %343, <16 x float> poison, <16 x i32> zeroinitializer
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat104, <16 x float> %o.sroa.28.0)
  %345 = getelementptr i32, ptr %321, i64 8
  %v105 = load float, ptr %345, align 4
  %346 = insertelement <16 x float> poison, float %v105, i32 0
  %splat106 = shufflevector <16 x float> %346, <16 x float> poison, <16 x i32> zeroinitializer
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat106, <16 x float> %o.sroa.32.0)
  %348 = getelementptr i32, ptr %321, i64 9
  %v107 = load float, ptr %348, align 4
  %349 = insertelement <16 x float> poison, float %v107, i32 0
  %splat108 = shufflevector <16 x float> %349, <16 x float> poison, <16 x i32> zeroinitializer
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat108, <16 x float> %o.sroa.36.0)
  %351 = getelementptr i32, ptr %321, i64 10
  %v109 = load float, ptr %351, align 4
  %352 = insertelement <16 x float> poison, float %v109, i32 0
  %splat110 = shufflevector <16 x float> %352, <16 x float> poison, <16 x i32> zeroinitializer
  %353 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.40.0)
  %354 = getelementptr i32, ptr %321, i64 11
  %v111 = load float, ptr %354, align 4
  %355 = insertelement <16 x float> poison, float %v111, i32 0
  %splat112 = shufflevector <16 x float> %355, <16 x float> poison, <16 x i32> zeroinitializer
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.44.0)
  %357 = getelementptr i32, ptr %321, i64 12
  %v113 = load float, ptr %357, align 4
  %358 = insertelement <16 x float> poison, float %v113, i32 0
  %splat114 = shufflevector <16 x float> %358, <16 x float> poison, <16 x i32> zeroinitializer
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.48.0)
  %360 = getelementptr i32, ptr %321, i64 13
  %v115 = load float, ptr %360, align 4
  %361 = insertelement <16 x float> poison, float %v115, i32 0
  %splat116 = shufflevector <16 x float> %361, <16 x float> poison, <16 x i32> zeroinitializer
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.52.0)
  %363 = getelementptr i32, ptr %321, i64 14
  %v117 = load float, ptr %363, align 4
  %364 = insertelement <16 x float> poison, float %v117, i32 0
  %splat118 = shufflevector <16 x float> %364, <16 x float> poison, <16 x i32> zeroinitializer
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.56.0)
  %366 = getelementptr i32, ptr %321, i64 15
  %v119 = load float, ptr %366, align 4
  %367 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %367, <16 x float> poison, <16 x i32> zeroinitializer
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.60.0)
  %369 = add nsw i32 %kpv89, 1
  br label %kpv

exit88:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %267, align 64
  store <16 x float> %o.sroa.4.0, ptr %270, align 64
  store <16 x float> %o.sroa.8.0, ptr %273, align 64
  store <16 x float> %o.sroa.12.0, ptr %276, align 64
  store <16 x float> %o.sroa.16.0, ptr %279, align 64
  store <16 x float> %o.sroa.20.0, ptr %282, align 64
  store <16 x float> %o.sroa.24.0, ptr %285, align 64
  store <16 x float> %o.sroa.28.0, ptr %288, align 64
  store <16 x float> %o.sroa.32.0, ptr %291, align 64
  store <16 x float> %o.sroa.36.0, ptr %294, align 64
  store <16 x float> %o.sroa.40.0, ptr %297, align 64
  store <16 x float> %o.sroa.44.0, ptr %300, align 64
  store <16 x float> %o.sroa.48.0, ptr %303, align 64
  store <16 x float> %o.sroa.52.0, ptr %306, align 64
  store <16 x float> %o.sroa.56.0, ptr %309, align 64
  store <16 x float> %o.sroa.60.0, ptr %312, align 64
  %370 = add nsw i32 %pvblock85, 1
  br label %pvblock

orow121:                                          ; preds = %written, %exit16
  %orow125 = phi i32 [ 0, %exit16 ], [ %406, %written ]
  %371 = icmp slt i32 %orow125, %nrows
  br i1 %371, label %body122, label %done

body122:                                          ; preds = %orow121
  %372 = sext i32 %orow125 to i64
  %373 = getelementptr float, ptr %ms, i64 %372
  %m126 = load float, ptr %373, align 4
  %374 = getelementptr float, ptr %ls, i64 %372
  %l = load float, ptr %374, align 4
  %375 = sdiv i32 %orow125, 16
  %376 = srem i32 %orow125, 16
  %377 = sext i32 %375 to i64
  %378 = mul i64 %377, 1024
  %379 = getelementptr i32, ptr %ot, i64 %378
  br label %otrow

otrow:                                            ; preds = %body127, %body122
  %otrow130 = phi i32 [ 0, %body122 ], [ %388, %body127 ]
  %380 = icmp slt i32 %otrow130, 64
  br i1 %380, label %body127, label %exit129

body127:                                          ; preds = %otrow
  %381 = sext i32 %376 to i64
  %382 = sext i32 %otrow130 to i64
  %383 = mul i64 %382, 16
  %384 = add i64 %383, %381
  %385 = getelementptr i32, ptr %379, i64 %384
  %386 = load float, ptr %385, align 4
  %387 = getelementptr i32, ptr %rowbuf, i64 %382
  store float %386, ptr %387, align 4
  %388 = add nsw i32 %otrow130, 1
  br label %otrow

exit129:                                          ; preds = %otrow
  %389 = icmp ne ptr %part, null
  br i1 %389, label %partial, label %final

partial:                                          ; preds = %exit129
  %390 = sext i32 %nrows to i64
  %391 = mul i64 %372, 64
  %392 = getelementptr float, ptr %part, i64 %391
  br label %chunk131

final:                                            ; preds = %exit129
  %393 = sdiv i32 %orow125, %nh
  %qi136 = add i32 %q_begin, %393
  %394 = srem i32 %orow125, %nh
  %h137 = add i32 %h_begin, %394
  %395 = mul i32 %kv_head, 16
  %hq138 = add i32 %395, %h137
  %396 = sext i32 %qi136 to i64
  %397 = add i64 %q_row0, %396
  %398 = mul i64 %397, 16
  %399 = sext i32 %hq138 to i64
  %orow139 = add i64 %398, %399
  %400 = fcmp oeq float %l, 0.000000e+00
  %401 = fdiv float 1.000000e+00, %l
  %402 = select i1 %400, float 0.000000e+00, float %401
  %403 = mul i64 %orow139, 256
  %404 = getelementptr i8, ptr %out, i64 %403
  %405 = insertelement <16 x float> poison, float %402, i32 0
  %splat140 = shufflevector <16 x float> %405, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk141

written:                                          ; preds = %chunk141, %exit134
  %406 = add nsw i32 %orow125, 1
  br label %orow121

chunk131:                                         ; preds = %body132, %partial
  %chunk135 = phi i64 [ 0, %partial ], [ %412, %body132 ]
  %407 = icmp slt i64 %chunk135, 4
  br i1 %407, label %body132, label %exit134

body132:                                          ; preds = %chunk131
  %408 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk135
  %409 = load <16 x float>, ptr %408, align 64
  %410 = mul i64 %chunk135, 64
  %411 = getelementptr i8, ptr %392, i64 %410
  store <16 x float> %409, ptr %411, align 4
  %412 = add nsw i64 %chunk135, 1
  br label %chunk131

exit134:                                          ; preds = %chunk131
  %413 = mul i64 %390, 64
  %414 = add i64 %413, %372
  %415 = getelementptr float, ptr %part, i64 %414
  store float %m126, ptr %415, align 4
  %416 = add i64 %414, %390
  %417 = getelementptr float, ptr %part, i64 %416
  store float %l, ptr %417, align 4
  br label %written

chunk141:                                         ; preds = %body142, %final
  %chunk145 = phi i64 [ 0, %final ], [ %424, %body142 ]
  %418 = icmp slt i64 %chunk145, 4
  br i1 %418, label %body142, label %written

body142:                                          ; preds = %chunk141
  %419 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk145
  %420 = load <16 x float>, ptr %419, align 64
  %421 = fmul <16 x float> %420, %splat140
  %422 = mul i64 %chunk145, 64
  %423 = getelementptr i8, ptr %404, i64 %422
  store <16 x float> %421, ptr %423, align 4
  %424 = add nsw i64 %chunk145, 1
  br label %chunk141
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @mqa(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @mqa_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @mqa_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @mqa_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @mqa_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @mqa_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @mqa_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @mqa_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @mqa_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @mqa_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @mqa_info() #0 {
entry:
  ret ptr @mqa_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
