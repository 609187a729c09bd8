; ModuleID = 'mqa'
source_filename = "mqa"
target triple = "x86_64-unknown-linux-gnu"

@mqa.name = private unnamed_addr constant [4 x i8] c"mqa\00"
@mqa.spec = private unnamed_addr constant [245 x i8] c"attncc: 1\0Aname: mqa\0Aphase: decode\0Aheads: {q: 16, kv: 1, dim: 64, v_dim: 64}\0Atypes: {q: f32, cache: bf16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: head_major, capacity: 4096}\0Amask: {causal: false}\0Aoutput: {lse: false}\0A\00"
@mqa_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float } { i32 1, i32 1, i64 -7717703771589902001, ptr @mqa.name, ptr @mqa.spec, i32 16, i32 1, i32 64, i32 64, i32 0, i32 2, i32 0, i32 0, i32 0, i32 1, i32 4096, i32 0, i32 0, float 1.250000e-01 }, align 8
@mqa_kernel = internal constant { ptr, ptr, i32, i32, i32, i32 } { ptr @mqa_info_data, ptr @mqa_tile, i32 1, i32 16, i32 16, i32 256 }, align 8

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
  %qrow1 = phi i32 [ %67, %exit8 ], [ 0, %entry ]
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
  %53 = mul i64 %52, 4
  %54 = getelementptr i8, ptr %qt, i64 %53
  %55 = srem i32 %qrow1, 16
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %66, %body6 ]
  %56 = icmp slt i32 %qcol9, 64
  br i1 %56, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %57 = sext i32 %qcol9 to i64
  %58 = mul i64 %57, 4
  %59 = getelementptr i8, ptr %rowbuf, i64 %58
  %60 = load float, ptr %59, align 4
  %61 = sext i32 %55 to i64
  %62 = mul i64 %57, 16
  %63 = add i64 %62, %61
  %64 = mul i64 %63, 4
  %65 = getelementptr i8, ptr %54, i64 %64
  store float %60, ptr %65, align 4
  %66 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %67 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %73, %body10 ], [ 0, %qrow ]
  %68 = icmp slt i32 %otzero13, 64
  br i1 %68, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %69 = sext i32 %otzero13 to i64
  %70 = mul i64 %69, 16
  %71 = mul i64 %70, 4
  %72 = getelementptr i8, ptr %ot, i64 %71
  store <16 x float> zeroinitializer, ptr %72, align 64
  %73 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %k_last = sub i32 %k_end, 1
  br label %ktile

ktile:                                            ; preds = %exit35, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %160, %exit35 ]
  %74 = icmp slt i32 %ktile17, %k_end
  br i1 %74, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %75 = sub i32 %k_end, %ktile17
  %76 = call i32 @llvm.smin.i32(i32 108, i32 %75)
  %77 = add i32 %76, 11
  %78 = sdiv i32 %77, 12
  %79 = mul i32 %78, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %80 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %80, ptr %ms, align 64
  %81 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %81, ptr %ls, align 64
  br label %orow121

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %116, %body18 ]
  %82 = icmp slt i32 %kpack21, %79
  br i1 %82, label %body18, label %exit20

body18:                                           ; preds = %kpack
  %83 = add i32 %ktile17, %kpack21
  %84 = call i32 @llvm.smin.i32(i32 %83, i32 %k_last)
  %85 = sext i32 %84 to i64
  %86 = mul i64 %85, 128
  %87 = getelementptr i8, ptr %22, i64 %86
  %88 = load <16 x i16>, ptr %87, align 2
  %89 = zext <16 x i16> %88 to <16 x i32>
  %90 = shl <16 x i32> %89, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %90 to <16 x float>
  %91 = sext i32 %kpack21 to i64
  %92 = mul i64 %91, 64
  %93 = mul i64 %92, 4
  %94 = getelementptr i8, ptr %kbuf, i64 %93
  store <16 x float> %bf16, ptr %94, align 64
  %95 = getelementptr i8, ptr %87, i64 32
  %96 = load <16 x i16>, ptr %95, align 2
  %97 = zext <16 x i16> %96 to <16 x i32>
  %98 = shl <16 x i32> %97, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1622 = bitcast <16 x i32> %98 to <16 x float>
  %99 = add i64 %92, 16
  %100 = mul i64 %99, 4
  %101 = getelementptr i8, ptr %kbuf, i64 %100
  store <16 x float> %bf1622, ptr %101, align 64
  %102 = getelementptr i8, ptr %87, i64 64
  %103 = load <16 x i16>, ptr %102, align 2
  %104 = zext <16 x i16> %103 to <16 x i32>
  %105 = shl <16 x i32> %104, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1623 = bitcast <16 x i32> %105 to <16 x float>
  %106 = add i64 %92, 32
  %107 = mul i64 %106, 4
  %108 = getelementptr i8, ptr %kbuf, i64 %107
  store <16 x float> %bf1623, ptr %108, align 64
  %109 = getelementptr i8, ptr %87, i64 96
  %110 = load <16 x i16>, ptr %109, align 2
  %111 = zext <16 x i16> %110 to <16 x i32>
  %112 = shl <16 x i32> %111, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1624 = bitcast <16 x i32> %112 to <16 x float>
  %113 = add i64 %92, 48
  %114 = mul i64 %113, 4
  %115 = getelementptr i8, ptr %kbuf, i64 %114
  store <16 x float> %bf1624, ptr %115, align 64
  %116 = add nsw i32 %kpack21, 1
  br label %kpack

exit20:                                           ; preds = %kpack
  %117 = sext i32 %ktile17 to i64
  %118 = mul i64 %117, 128
  br label %vpack

vpack:                                            ; preds = %body25, %exit20
  %vpack28 = phi i32 [ 0, %exit20 ], [ %152, %body25 ]
  %119 = icmp slt i32 %vpack28, %76
  br i1 %119, label %body25, label %exit27

body25:                                           ; preds = %vpack
  %120 = add i32 %ktile17, %vpack28
  %121 = sext i32 %120 to i64
  %122 = mul i64 %121, 128
  %123 = getelementptr i8, ptr %24, i64 %122
  %124 = load <16 x i16>, ptr %123, align 2
  %125 = zext <16 x i16> %124 to <16 x i32>
  %126 = shl <16 x i32> %125, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1629 = bitcast <16 x i32> %126 to <16 x float>
  %127 = sext i32 %vpack28 to i64
  %128 = mul i64 %127, 64
  %129 = mul i64 %128, 4
  %130 = getelementptr i8, ptr %vbuf, i64 %129
  store <16 x float> %bf1629, ptr %130, align 64
  %131 = getelementptr i8, ptr %123, i64 32
  %132 = load <16 x i16>, ptr %131, align 2
  %133 = zext <16 x i16> %132 to <16 x i32>
  %134 = shl <16 x i32> %133, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1630 = bitcast <16 x i32> %134 to <16 x float>
  %135 = add i64 %128, 16
  %136 = mul i64 %135, 4
  %137 = getelementptr i8, ptr %vbuf, i64 %136
  store <16 x float> %bf1630, ptr %137, align 64
  %138 = getelementptr i8, ptr %123, i64 64
  %139 = load <16 x i16>, ptr %138, align 2
  %140 = zext <16 x i16> %139 to <16 x i32>
  %141 = shl <16 x i32> %140, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1631 = bitcast <16 x i32> %141 to <16 x float>
  %142 = add i64 %128, 32
  %143 = mul i64 %142, 4
  %144 = getelementptr i8, ptr %vbuf, i64 %143
  store <16 x float> %bf1631, ptr %144, align 64
  %145 = getelementptr i8, ptr %123, i64 96
  %146 = load <16 x i16>, ptr %145, align 2
  %147 = zext <16 x i16> %146 to <16 x i32>
  %148 = shl <16 x i32> %147, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1632 = bitcast <16 x i32> %148 to <16 x float>
  %149 = add i64 %128, 48
  %150 = mul i64 %149, 4
  %151 = getelementptr i8, ptr %vbuf, i64 %150
  store <16 x float> %bf1632, ptr %151, align 64
  %152 = add nsw i32 %vpack28, 1
  br label %vpack

exit27:                                           ; preds = %vpack
  %153 = add i32 %nrows, 15
  %nblk = sdiv i32 %153, 16
  br label %rblock

rblock:                                           ; preds = %join, %exit27
  %rblock36 = phi i32 [ 0, %exit27 ], [ %170, %join ]
  %154 = icmp slt i32 %rblock36, %nblk
  br i1 %154, label %body33, label %exit35

body33:                                           ; preds = %rblock
  %155 = sext i32 %rblock36 to i64
  %156 = mul i32 %rblock36, 16
  %157 = add i32 %156, 15
  %158 = sub i32 %nrows, 1
  %159 = icmp sgt i32 %76, 0
  br i1 %159, label %rvisit, label %join

exit35:                                           ; preds = %rblock
  %160 = add nsw i32 %ktile17, 108
  br label %ktile

rvisit:                                           ; preds = %body33
  %161 = mul i64 %155, 1024
  %162 = mul i64 %161, 4
  %163 = getelementptr i8, ptr %qt, i64 %162
  %164 = getelementptr i8, ptr %ot, i64 %162
  %165 = getelementptr <16 x float>, ptr %mv, i64 %155
  %166 = getelementptr <16 x float>, ptr %lv, i64 %155
  %167 = mul i64 %155, 16
  %168 = mul i64 %167, 4
  %169 = getelementptr i8, ptr %lims, i64 %168
  %limv = load <16 x i32>, ptr %169, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body33
  %170 = add nsw i32 %rblock36, 1
  br label %rblock

sblock:                                           ; preds = %exit43, %rvisit
  %sblock40 = phi i32 [ 0, %rvisit ], [ %299, %exit43 ]
  %171 = icmp slt i32 %sblock40, %76
  br i1 %171, label %body37, label %smask

body37:                                           ; preds = %sblock
  %172 = sext i32 %sblock40 to i64
  %173 = mul i64 %172, 64
  %174 = mul i64 %173, 4
  %175 = getelementptr i8, ptr %kbuf, i64 %174
  br label %sdim

sdim:                                             ; preds = %body41, %body37
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %239, %body41 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %234, %body41 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %229, %body41 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %224, %body41 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %219, %body41 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %214, %body41 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %209, %body41 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %204, %body41 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %199, %body41 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %194, %body41 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %189, %body41 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body37 ], [ %184, %body41 ]
  %sdim44 = phi i32 [ 0, %body37 ], [ %240, %body41 ]
  %176 = icmp slt i32 %sdim44, 64
  br i1 %176, label %body41, label %exit43

body41:                                           ; preds = %sdim
  %177 = sext i32 %sdim44 to i64
  %178 = mul i64 %177, 16
  %179 = mul i64 %178, 4
  %180 = getelementptr i8, ptr %163, i64 %179
  %qt45 = load <16 x float>, ptr %180, align 64
  %181 = mul i64 %177, 4
  %182 = getelementptr i8, ptr %175, i64 %181
  %k = load float, ptr %182, align 4
  %183 = insertelement <16 x float> poison, float %k, i32 0
  %splat46 = shufflevector <16 x float> %183, <16 x float> poison, <16 x i32> zeroinitializer
  %184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat46, <16 x float> %sacc.sroa.0.0)
  %185 = add i64 64, %177
  %186 = mul i64 %185, 4
  %187 = getelementptr i8, ptr %175, i64 %186
  %k47 = load float, ptr %187, align 4
  %188 = insertelement <16 x float> poison, float %k47, i32 0
  %splat48 = shufflevector <16 x float> %188, <16 x float> poison, <16 x i32> zeroinitializer
  %189 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat48, <16 x float> %sacc.sroa.4.0)
  %190 = add i64 128, %177
  %191 = mul i64 %190, 4
  %192 = getelementptr i8, ptr %175, i64 %191
  %k49 = load float, ptr %192, align 4
  %193 = insertelement <16 x float> poison, float %k49, i32 0
  %splat50 = shufflevector <16 x float> %193, <16 x float> poison, <16 x i32> zeroinitializer
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat50, <16 x float> %sacc.sroa.8.0)
  %195 = add i64 192, %177
  %196 = mul i64 %195, 4
  %197 = getelementptr i8, ptr %175, i64 %196
  %k51 = load float, ptr %197, align 4
  %198 = insertelement <16 x float> poison, float %k51, i32 0
  %splat52 = shufflevector <16 x float> %198, <16 x float> poison, <16 x i32> zeroinitializer
  %199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat52, <16 x float> %sacc.sroa.12.0)
  %200 = add i64 256, %177
  %201 = mul i64 %200, 4
  %202 = getelementptr i8, ptr %175, i64 %201
  %k53 = load float, ptr %202, align 4
  %203 = insertelement <16 x float> poison, float %k53, i32 0
  %splat54 = shufflevector <16 x float> %203, <16 x float> poison, <16 x i32> zeroinitializer
  %204 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat54, <16 x float> %sacc.sroa.16.0)
  %205 = add i64 320, %177
  %206 = mul i64 %205, 4
  %207 = getelementptr i8, ptr %175, i64 %206
  %k55 = load float, ptr %207, align 4
  %208 = insertelement <16 x float> poison, float %k55, i32 0
  %splat56 = shufflevector <16 x float> %208, <16 x float> poison, <16 x i32> zeroinitializer
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat56, <16 x float> %sacc.sroa.20.0)
  %210 = add i64 384, %177
  %211 = mul i64 %210, 4
  %212 = getelementptr i8, ptr %175, i64 %211
  %k57 = load float, ptr %212, align 4
  %213 = insertelement <16 x float> poison, float %k57, i32 0
  %splat58 = shufflevector <16 x float> %213, <16 x float> poison, <16 x i32> zeroinitializer
  %214 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat58, <16 x float> %sacc.sroa.24.0)
  %215 = add i64 448, %177
  %216 = mul i64 %215, 4
  %217 = getelementptr i8, ptr %175, i64 %216
  %k59 = load float, ptr %217, align 4
  %218 = insertelement <16 x float> poison, float %k59, i32 0
  %splat60 = shufflevector <16 x float> %218, <16 x float> poison, <16 x i32> zeroinitializer
  %219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat60, <16 x float> %sacc.sroa.28.0)
  %220 = add i64 512, %177
  %221 = mul i64 %220, 4
  %222 = getelementptr i8, ptr %175, i64 %221
  %k61 = load float, ptr %222, align 4
  %223 = insertelement <16 x float> poison, float %k61, i32 0
  %splat62 = shufflevector <16 x float> %223, <16 x float> poison, <16 x i32> zeroinitializer
  %224 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat62, <16 x float> %sacc.sroa.32.0)
  %225 = add i64 576, %177
  %226 = mul i64 %225, 4
  %227 = getelementptr i8, ptr %175, i64 %226
  %k63 = load float, ptr %227, align 4
  %228 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %228, <16 x float> poison, <16 x i32> zeroinitializer
  %229 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat64, <16 x float> %sacc.sroa.36.0)
  %230 = add i64 640, %177
  %231 = mul i64 %230, 4
  %232 = getelementptr i8, ptr %175, i64 %231
  %k65 = load float, ptr %232, align 4
  %233 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %233, <16 x float> poison, <16 x i32> zeroinitializer
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat66, <16 x float> %sacc.sroa.40.0)
  %235 = add i64 704, %177
  %236 = mul i64 %235, 4
  %237 = getelementptr i8, ptr %175, i64 %236
  %k67 = load float, ptr %237, align 4
  %238 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %238, <16 x float> poison, <16 x i32> zeroinitializer
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt45, <16 x float> %splat68, <16 x float> %sacc.sroa.44.0)
  %240 = add nsw i32 %sdim44, 1
  br label %sdim

exit43:                                           ; preds = %sdim
  %241 = mul i64 %172, 16
  %242 = mul i64 %241, 4
  %243 = getelementptr i8, ptr %st, i64 %242
  store <16 x float> %sacc.sroa.0.0, ptr %243, align 64
  %244 = add i32 %sblock40, 1
  %245 = sext i32 %244 to i64
  %246 = mul i64 %245, 16
  %247 = mul i64 %246, 4
  %248 = getelementptr i8, ptr %st, i64 %247
  store <16 x float> %sacc.sroa.4.0, ptr %248, align 64
  %249 = add i32 %sblock40, 2
  %250 = sext i32 %249 to i64
  %251 = mul i64 %250, 16
  %252 = mul i64 %251, 4
  %253 = getelementptr i8, ptr %st, i64 %252
  store <16 x float> %sacc.sroa.8.0, ptr %253, align 64
  %254 = add i32 %sblock40, 3
  %255 = sext i32 %254 to i64
  %256 = mul i64 %255, 16
  %257 = mul i64 %256, 4
  %258 = getelementptr i8, ptr %st, i64 %257
  store <16 x float> %sacc.sroa.12.0, ptr %258, align 64
  %259 = add i32 %sblock40, 4
  %260 = sext i32 %259 to i64
  %261 = mul i64 %260, 16
  %262 = mul i64 %261, 4
  %263 = getelementptr i8, ptr %st, i64 %262
  store <16 x float> %sacc.sroa.16.0, ptr %263, align 64
  %264 = add i32 %sblock40, 5
  %265 = sext i32 %264 to i64
  %266 = mul i64 %265, 16
  %267 = mul i64 %266, 4
  %268 = getelementptr i8, ptr %st, i64 %267
  store <16 x float> %sacc.sroa.20.0, ptr %268, align 64
  %269 = add i32 %sblock40, 6
  %270 = sext i32 %269 to i64
  %271 = mul i64 %270, 16
  %272 = mul i64 %271, 4
  %273 = getelementptr i8, ptr %st, i64 %272
  store <16 x float> %sacc.sroa.24.0, ptr %273, align 64
  %274 = add i32 %sblock40, 7
  %275 = sext i32 %274 to i64
  %276 = mul i64 %275, 16
  %277 = mul i64 %276, 4
  %278 = getelementptr i8, ptr %st, i64 %277
  store <16 x float> %sacc.sroa.28.0, ptr %278, align 64
  %279 = add i32 %sblock40, 8
  %280 = sext i32 %279 to i64
  %281 = mul i64 %280, 16
  %282 = mul i64 %281, 4
  %283 = getelementptr i8, ptr %st, i64 %282
  store <16 x float> %sacc.sroa.32.0, ptr %283, align 64
  %284 = add i32 %sblock40, 9
  %285 = sext i32 %284 to i64
  %286 = mul i64 %285, 16
  %287 = mul i64 %286, 4
  %288 = getelementptr i8, ptr %st, i64 %287
  store <16 x float> %sacc.sroa.36.0, ptr %288, align 64
  %289 = add i32 %sblock40, 10
  %290 = sext i32 %289 to i64
  %291 = mul i64 %290, 16
  %292 = mul i64 %291, 4
  %293 = getelementptr i8, ptr %st, i64 %292
  store <16 x float> %sacc.sroa.40.0, ptr %293, align 64
  %294 = add i32 %sblock40, 11
  %295 = sext i32 %294 to i64
  %296 = mul i64 %295, 16
  %297 = mul i64 %296, 4
  %298 = getelementptr i8, ptr %st, i64 %297
  store <16 x float> %sacc.sroa.44.0, ptr %298, align 64
  %299 = add nsw i32 %sblock40, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body69
  %tmax.0 = phi <16 x float> [ %309, %body69 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask72 = phi i32 [ %310, %body69 ], [ 0, %sblock ]
  %300 = icmp slt i32 %smask72, %76
  br i1 %300, label %body69, label %exit71

body69:                                           ; preds = %smask
  %301 = add i32 %ktile17, %smask72
  %302 = insertelement <16 x i32> poison, i32 %301, i32 0
  %splat73 = shufflevector <16 x i32> %302, <16 x i32> poison, <16 x i32> zeroinitializer
  %303 = sext i32 %smask72 to i64
  %304 = mul i64 %303, 16
  %305 = mul i64 %304, 4
  %306 = getelementptr i8, ptr %st, i64 %305
  %s = load <16 x float>, ptr %306, align 64
  %307 = icmp slt <16 x i32> %splat73, %limv
  %308 = select <16 x i1> %307, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %308, ptr %306, align 64
  %309 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.0, <16 x float> %308)
  %310 = add nsw i32 %smask72, 1
  br label %smask

exit71:                                           ; preds = %smask
  %m = load <16 x float>, ptr %165, align 64
  %311 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.0)
  %312 = fcmp oeq <16 x float> %311, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse74 = select <16 x i1> %312, <16 x float> zeroinitializer, <16 x float> %311
  %313 = fsub <16 x float> %m, %muse74
  %314 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %313, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %315 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %314, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %316 = fadd <16 x float> %315, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %316, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %315, %n
  %317 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %317, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %318, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %319, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %320, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %321, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %323 = fptosi <16 x float> %n to <16 x i32>
  %324 = add <16 x i32> %323, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %325 = shl <16 x i32> %324, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %326 = bitcast <16 x i32> %325 to <16 x float>
  %exp2 = fmul <16 x float> %322, %326
  store <16 x float> %311, ptr %165, align 64
  br label %sexp

sexp:                                             ; preds = %body75, %exit71
  %lsum.0 = phi <16 x float> [ zeroinitializer, %exit71 ], [ %347, %body75 ]
  %sexp78 = phi i32 [ 0, %exit71 ], [ %348, %body75 ]
  %327 = icmp slt i32 %sexp78, %76
  br i1 %327, label %body75, label %exit77

body75:                                           ; preds = %sexp
  %328 = sext i32 %sexp78 to i64
  %329 = mul i64 %328, 16
  %330 = mul i64 %329, 4
  %331 = getelementptr i8, ptr %st, i64 %330
  %332 = load <16 x float>, ptr %331, align 64
  %333 = fsub <16 x float> %332, %muse74
  %334 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %333, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %335 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %334, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %336 = fadd <16 x float> %335, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n79 = fsub <16 x float> %336, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f80 = fsub <16 x float> %335, %n79
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f80, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %337, <16 x float> %f80, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %338, <16 x float> %f80, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %339, <16 x float> %f80, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %340, <16 x float> %f80, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %341, <16 x float> %f80, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %343 = fptosi <16 x float> %n79 to <16 x i32>
  %344 = add <16 x i32> %343, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %345 = shl <16 x i32> %344, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %346 = bitcast <16 x i32> %345 to <16 x float>
  %exp281 = fmul <16 x float> %342, %346
  store <16 x float> %exp281, ptr %331, align 64
  %347 = fadd <16 x float> %lsum.0, %exp281
  %348 = add nsw i32 %sexp78, 1
  br label %sexp

exit77:                                           ; preds = %sexp
  %349 = load <16 x float>, ptr %166, align 64
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %349, <16 x float> %exp2, <16 x float> %lsum.0)
  store <16 x float> %350, ptr %166, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit88, %exit77
  %pvblock85 = phi i32 [ 0, %exit77 ], [ %521, %exit88 ]
  %351 = icmp slt i32 %pvblock85, 4
  br i1 %351, label %body82, label %join

body82:                                           ; preds = %pvblock
  %352 = mul i32 %pvblock85, 16
  %353 = sext i32 %352 to i64
  %354 = mul i64 %353, 16
  %355 = mul i64 %354, 4
  %356 = getelementptr i8, ptr %164, i64 %355
  %357 = load <16 x float>, ptr %356, align 64
  %358 = fmul <16 x float> %357, %exp2
  %359 = add i64 %353, 1
  %360 = mul i64 %359, 16
  %361 = mul i64 %360, 4
  %362 = getelementptr i8, ptr %164, i64 %361
  %363 = load <16 x float>, ptr %362, align 64
  %364 = fmul <16 x float> %363, %exp2
  %365 = add i64 %353, 2
  %366 = mul i64 %365, 16
  %367 = mul i64 %366, 4
  %368 = getelementptr i8, ptr %164, i64 %367
  %369 = load <16 x float>, ptr %368, align 64
  %370 = fmul <16 x float> %369, %exp2
  %371 = add i64 %353, 3
  %372 = mul i64 %371, 16
  %373 = mul i64 %372, 4
  %374 = getelementptr i8, ptr %164, i64 %373
  %375 = load <16 x float>, ptr %374, align 64
  %376 = fmul <16 x float> %375, %exp2
  %377 = add i64 %353, 4
  %378 = mul i64 %377, 16
  %379 = mul i64 %378, 4
  %380 = getelementptr i8, ptr %164, i64 %379
  %381 = load <16 x float>, ptr %380, align 64
  %382 = fmul <16 x float> %381, %exp2
  %383 = add i64 %353, 5
  %384 = mul i64 %383, 16
  %385 = mul i64 %384, 4
  %386 = getelementptr i8, ptr %164, i64 %385
  %387 = load <16 x float>, ptr %386, align 64
  %388 = fmul <16 x float> %387, %exp2
  %389 = add i64 %353, 6
  %390 = mul i64 %389, 16
  %391 = mul i64 %390, 4
  %392 = getelementptr i8, ptr %164, i64 %391
  %393 = load <16 x float>, ptr %392, align 64
  %394 = fmul <16 x float> %393, %exp2
  %395 = add i64 %353, 7
  %396 = mul i64 %395, 16
  %397 = mul i64 %396, 4
  %398 = getelementptr i8, ptr %164, i64 %397
  %399 = load <16 x float>, ptr %398, align 64
  %400 = fmul <16 x float> %399, %exp2
  %401 = add i64 %353, 8
  %402 = mul i64 %401, 16
  %403 = mul i64 %402, 4
  %404 = getelementptr i8, ptr %164, i64 %403
  %405 = load <16 x float>, ptr %404, align 64
  %406 = fmul <16 x float> %405, %exp2
  %407 = add i64 %353, 9
  %408 = mul i64 %407, 16
  %409 = mul i64 %408, 4
  %410 = getelementptr i8, ptr %164, i64 %409
  %411 = load <16 x float>, ptr %410, align 64
  %412 = fmul <16 x float> %411, %exp2
  %413 = add i64 %353, 10
  %414 = mul i64 %413, 16
  %415 = mul i64 %414, 4
  %416 = getelementptr i8, ptr %164, i64 %415
  %417 = load <16 x float>, ptr %416, align 64
  %418 = fmul <16 x float> %417, %exp2
  %419 = add i64 %353, 11
  %420 = mul i64 %419, 16
  %421 = mul i64 %420, 4
  %422 = getelementptr i8, ptr %164, i64 %421
  %423 = load <16 x float>, ptr %422, align 64
  %424 = fmul <16 x float> %423, %exp2
  %425 = add i64 %353, 12
  %426 = mul i64 %425, 16
  %427 = mul i64 %426, 4
  %428 = getelementptr i8, ptr %164, i64 %427
  %429 = load <16 x float>, ptr %428, align 64
  %430 = fmul <16 x float> %429, %exp2
  %431 = add i64 %353, 13
  %432 = mul i64 %431, 16
  %433 = mul i64 %432, 4
  %434 = getelementptr i8, ptr %164, i64 %433
  %435 = load <16 x float>, ptr %434, align 64
  %436 = fmul <16 x float> %435, %exp2
  %437 = add i64 %353, 14
  %438 = mul i64 %437, 16
  %439 = mul i64 %438, 4
  %440 = getelementptr i8, ptr %164, i64 %439
  %441 = load <16 x float>, ptr %440, align 64
  %442 = fmul <16 x float> %441, %exp2
  %443 = add i64 %353, 15
  %444 = mul i64 %443, 16
  %445 = mul i64 %444, 4
  %446 = getelementptr i8, ptr %164, i64 %445
  %447 = load <16 x float>, ptr %446, align 64
  %448 = fmul <16 x float> %447, %exp2
  br label %kpv

kpv:                                              ; preds = %body86, %body82
  %o.sroa.52.0 = phi <16 x float> [ %436, %body82 ], [ %511, %body86 ]
  %o.sroa.48.0 = phi <16 x float> [ %430, %body82 ], [ %507, %body86 ]
  %o.sroa.44.0 = phi <16 x float> [ %424, %body82 ], [ %503, %body86 ]
  %o.sroa.40.0 = phi <16 x float> [ %418, %body82 ], [ %499, %body86 ]
  %o.sroa.36.0 = phi <16 x float> [ %412, %body82 ], [ %495, %body86 ]
  %o.sroa.32.0 = phi <16 x float> [ %406, %body82 ], [ %491, %body86 ]
  %o.sroa.28.0 = phi <16 x float> [ %400, %body82 ], [ %487, %body86 ]
  %o.sroa.24.0 = phi <16 x float> [ %394, %body82 ], [ %483, %body86 ]
  %o.sroa.20.0 = phi <16 x float> [ %388, %body82 ], [ %479, %body86 ]
  %o.sroa.16.0 = phi <16 x float> [ %382, %body82 ], [ %475, %body86 ]
  %o.sroa.12.0 = phi <16 x float> [ %376, %body82 ], [ %471, %body86 ]
  %o.sroa.8.0 = phi <16 x float> [ %370, %body82 ], [ %467, %body86 ]
  %o.sroa.4.0 = phi <16 x float> [ %364, %body82 ], [ %463, %body86 ]
  %o.sroa.0.0 = phi <16 x float> [ %358, %body82 ], [ %459, %body86 ]
  %o.sroa.56.0 = phi <16 x float> [ %442, %body82 ], [ %515, %body86 ]
  %o.sroa.60.0 = phi <16 x float> [ %448, %body82 ], [ %519, %body86 ]
  %kpv89 = phi i32 [ 0, %body82 ], [ %520, %body86 ]
  %449 = icmp slt i32 %kpv89, %76
  br i1 %449, label %body86, label %exit88

body86:                                           ; preds = %kpv
  %450 = sext i32 %kpv89 to i64
  %451 = mul i64 %450, 16
  %452 = mul i64 %451, 4
  %453 = getelementptr i8, ptr %st, i64 %452
  %p = load <16 x float>, ptr %453, align 64
  %454 = mul i64 %450, 256
  %455 = getelementptr i8, ptr %vbuf, i64 %454
  %456 = mul i64 %353, 4
  %457 = getelementptr i8, ptr %455, i64 %456
  %v = load float, ptr %457, align 4
  %458 = insertelement <16 x float> poison, float %v, i32 0
  %splat90 = shufflevector <16 x float> %458, <16 x float> poison, <16 x i32> zeroinitializer
  %459 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat90, <16 x float> %o.sroa.0.0)
  %460 = mul i64 %359, 4
  %461 = getelementptr i8, ptr %455, i64 %460
  %v91 = load float, ptr %461, align 4
  %462 = insertelement <16 x float> poison, float %v91, i32 0
  %splat92 = shufflevector <16 x float> %462, <16 x float> poison, <16 x i32> zeroinitializer
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat92, <16 x float> %o.sroa.4.0)
  %464 = mul i64 %365, 4
  %465 = getelementptr i8, ptr %455, i64 %464
  %v93 = load float, ptr %465, align 4
  %466 = insertelement <16 x float> poison, float %v93, i32 0
  %splat94 = shufflevector <16 x float> %466, <16 x float> poison, <16 x i32> zeroinitializer
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat94, <16 x float> %o.sroa.8.0)
  %468 = mul i64 %371, 4
  %469 = getelementptr i8, ptr %455, i64 %468
  %v95 = load float, ptr %469, align 4
  %470 = insertelement <16 x float> poison, float %v95, i32 0
  %splat96 = shufflevector <16 x float> %470, <16 x float> poison, <16 x i32> zeroinitializer
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat96, <16 x float> %o.sroa.12.0)
  %472 = mul i64 %377, 4
  %473 = getelementptr i8, ptr %455, i64 %472
  %v97 = load float, ptr %473, align 4
  %474 = insertelement <16 x float> poison, float %v97, i32 0
  %splat98 = shufflevector <16 x float> %474, <16 x float> poison, <16 x i32> zeroinitializer
  %475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat98, <16 x float> %o.sroa.16.0)
  %476 = mul i64 %383, 4
  %477 = getelementptr i8, ptr %455, i64 %476
  %v99 = load float, ptr %477, align 4
  %478 = insertelement <16 x float> poison, float %v99, i32 0
  %splat100 = shufflevector <16 x float> %478, <16 x float> poison, <16 x i32> zeroinitializer
  %479 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat100, <16 x float> %o.sroa.20.0)
  %480 = mul i64 %389, 4
  %481 = getelementptr i8, ptr %455, i64 %480
  %v101 = load float, ptr %481, align 4
  %482 = insertelement <16 x float> poison, float %v101, i32 0
  %splat102 = shufflevector <16 x float> %482, <16 x float> poison, <16 x i32> zeroinitializer
  %483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat102, <16 x float> %o.sroa.24.0)
  %484 = mul i64 %395, 4
  %485 = getelementptr i8, ptr %455, i64 %484
  %v103 = load float, ptr %485, align 4
  %486 = insertelement <16 x float> poison, float %v103, i32 0
  %splat104 = shufflevector <16 x float> %486, <16 x float> poison, <16 x i32> zeroinitializer
  %487 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat104, <16 x float> %o.sroa.28.0)
  %488 = mul i64 %401, 4
  %489 = getelementptr i8, ptr %455, i64 %488
  %v105 = load float, ptr %489, align 4
  %490 = insertelement <16 x float> poison, float %v105, i32 0
  %splat106 = shufflevector <16 x float> %490, <16 x float> poison, <16 x i32> zeroinitializer
  %491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat106, <16 x float> %o.sroa.32.0)
  %492 = mul i64 %407, 4
  %493 = getelementptr i8, ptr %455, i64 %492
  %v107 = load float, ptr %493, align 4
  %494 = insertelement <16 x float> poison, float %v107, i32 0
  %splat108 = shufflevector <16 x float> %494, <16 x float> poison, <16 x i32> zeroinitializer
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat108, <16 x float> %o.sroa.36.0)
  %496 = mul i64 %413, 4
  %497 = getelementptr i8, ptr %455, i64 %496
  %v109 = load float, ptr %497, align 4
  %498 = insertelement <16 x float> poison, float %v109, i32 0
  %splat110 = shufflevector <16 x float> %498, <16 x float> poison, <16 x i32> zeroinitializer
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.40.0)
  %500 = mul i64 %419, 4
  %501 = getelementptr i8, ptr %455, i64 %500
  %v111 = load float, ptr %501, align 4
  %502 = insertelement <16 x float> poison, float %v111, i32 0
  %splat112 = shufflevector <16 x float> %502, <16 x float> poison, <16 x i32> zeroinitializer
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.44.0)
  %504 = mul i64 %425, 4
  %505 = getelementptr i8, ptr %455, i64 %504
  %v113 = load float, ptr %505, align 4
  %506 = insertelement <16 x float> poison, float %v113, i32 0
  %splat114 = shufflevector <16 x float> %506, <16 x float> poison, <16 x i32> zeroinitializer
  %507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.48.0)
  %508 = mul i64 %431, 4
  %509 = getelementptr i8, ptr %455, i64 %508
  %v115 = load float, ptr %509, align 4
  %510 = insertelement <16 x float> poison, float %v115, i32 0
  %splat116 = shufflevector <16 x float> %510, <16 x float> poison, <16 x i32> zeroinitializer
  %511 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.52.0)
  %512 = mul i64 %437, 4
  %513 = getelementptr i8, ptr %455, i64 %512
  %v117 = load float, ptr %513, align 4
  %514 = insertelement <16 x float> poison, float %v117, i32 0
  %splat118 = shufflevector <16 x float> %514, <16 x float> poison, <16 x i32> zeroinitializer
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.56.0)
  %516 = mul i64 %443, 4
  %517 = getelementptr i8, ptr %455, i64 %516
  %v119 = load float, ptr %517, align 4
  %518 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %518, <16 x float> poison, <16 x i32> zeroinitializer
  %519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.60.0)
  %520 = add nsw i32 %kpv89, 1
  br label %kpv

exit88:                                           ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %356, align 64
  store <16 x float> %o.sroa.4.0, ptr %362, align 64
  store <16 x float> %o.sroa.8.0, ptr %368, align 64
  store <16 x float> %o.sroa.12.0, ptr %374, align 64
  store <16 x float> %o.sroa.16.0, ptr %380, align 64
  store <16 x float> %o.sroa.20.0, ptr %386, align 64
  store <16 x float> %o.sroa.24.0, ptr %392, align 64
  store <16 x float> %o.sroa.28.0, ptr %398, align 64
  store <16 x float> %o.sroa.32.0, ptr %404, align 64
  store <16 x float> %o.sroa.36.0, ptr %410, align 64
  store <16 x float> %o.sroa.40.0, ptr %416, align 64
  store <16 x float> %o.sroa.44.0, ptr %422, align 64
  store <16 x float> %o.sroa.48.0, ptr %428, align 64
  store <16 x float> %o.sroa.52.0, ptr %434, align 64
  store <16 x float> %o.sroa.56.0, ptr %440, align 64
  store <16 x float> %o.sroa.60.0, ptr %446, align 64
  %521 = add nsw i32 %pvblock85, 1
  br label %pvblock

orow121:                                          ; preds = %written, %exit16
  %orow125 = phi i32 [ 0, %exit16 ], [ %560, %written ]
  %522 = icmp slt i32 %orow125, %nrows
  br i1 %522, label %body122, label %done

body122:                                          ; preds = %orow121
  %523 = sext i32 %orow125 to i64
  %524 = getelementptr float, ptr %ms, i64 %523
  %m126 = load float, ptr %524, align 4
  %525 = getelementptr float, ptr %ls, i64 %523
  %l = load float, ptr %525, align 4
  %526 = sdiv i32 %orow125, 16
  %527 = srem i32 %orow125, 16
  %528 = sext i32 %526 to i64
  %529 = mul i64 %528, 1024
  %530 = mul i64 %529, 4
  %531 = getelementptr i8, ptr %ot, i64 %530
  br label %otrow

otrow:                                            ; preds = %body127, %body122
  %otrow130 = phi i32 [ 0, %body122 ], [ %542, %body127 ]
  %532 = icmp slt i32 %otrow130, 64
  br i1 %532, label %body127, label %exit129

body127:                                          ; preds = %otrow
  %533 = sext i32 %527 to i64
  %534 = sext i32 %otrow130 to i64
  %535 = mul i64 %534, 16
  %536 = add i64 %535, %533
  %537 = mul i64 %536, 4
  %538 = getelementptr i8, ptr %531, i64 %537
  %539 = load float, ptr %538, align 4
  %540 = mul i64 %534, 4
  %541 = getelementptr i8, ptr %rowbuf, i64 %540
  store float %539, ptr %541, align 4
  %542 = add nsw i32 %otrow130, 1
  br label %otrow

exit129:                                          ; preds = %otrow
  %543 = icmp ne ptr %part, null
  br i1 %543, label %partial, label %final

partial:                                          ; preds = %exit129
  %544 = sext i32 %nrows to i64
  %545 = mul i64 %523, 64
  %546 = getelementptr float, ptr %part, i64 %545
  br label %chunk131

final:                                            ; preds = %exit129
  %547 = sdiv i32 %orow125, %nh
  %qi136 = add i32 %q_begin, %547
  %548 = srem i32 %orow125, %nh
  %h137 = add i32 %h_begin, %548
  %549 = mul i32 %kv_head, 16
  %hq138 = add i32 %549, %h137
  %550 = sext i32 %qi136 to i64
  %551 = add i64 %q_row0, %550
  %552 = mul i64 %551, 16
  %553 = sext i32 %hq138 to i64
  %orow139 = add i64 %552, %553
  %554 = fcmp oeq float %l, 0.000000e+00
  %555 = fdiv float 1.000000e+00, %l
  %556 = select i1 %554, float 0.000000e+00, float %555
  %557 = mul i64 %orow139, 256
  %558 = getelementptr i8, ptr %out, i64 %557
  %559 = insertelement <16 x float> poison, float %556, i32 0
  %splat140 = shufflevector <16 x float> %559, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk141

written:                                          ; preds = %chunk141, %exit134
  %560 = add nsw i32 %orow125, 1
  br label %orow121

chunk131:                                         ; preds = %body132, %partial
  %chunk135 = phi i64 [ 0, %partial ], [ %566, %body132 ]
  %561 = icmp slt i64 %chunk135, 4
  br i1 %561, label %body132, label %exit134

body132:                                          ; preds = %chunk131
  %562 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk135
  %563 = load <16 x float>, ptr %562, align 64
  %564 = mul i64 %chunk135, 64
  %565 = getelementptr i8, ptr %546, i64 %564
  store <16 x float> %563, ptr %565, align 4
  %566 = add nsw i64 %chunk135, 1
  br label %chunk131

exit134:                                          ; preds = %chunk131
  %567 = mul i64 %544, 64
  %568 = add i64 %567, %523
  %569 = getelementptr float, ptr %part, i64 %568
  store float %m126, ptr %569, align 4
  %570 = add i64 %568, %544
  %571 = getelementptr float, ptr %part, i64 %570
  store float %l, ptr %571, align 4
  br label %written

chunk141:                                         ; preds = %body142, %final
  %chunk145 = phi i64 [ 0, %final ], [ %578, %body142 ]
  %572 = icmp slt i64 %chunk145, 4
  br i1 %572, label %body142, label %written

body142:                                          ; preds = %chunk141
  %573 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk145
  %574 = load <16 x float>, ptr %573, align 64
  %575 = fmul <16 x float> %574, %splat140
  %576 = mul i64 %chunk145, 64
  %577 = getelementptr i8, ptr %558, i64 %576
  store <16 x float> %575, ptr %577, align 4
  %578 = add nsw i64 %chunk145, 1
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
